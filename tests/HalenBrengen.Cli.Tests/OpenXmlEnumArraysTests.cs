using System.Reflection;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Cli.Tests;

/// <summary>
/// The Native AOT release keeps an array type for every OpenXml enum (src/HalenBrengen.Cli/OpenXmlEnums.rd.xml):
/// OpenXml 2.20 maps an enum to its XML text through <c>Enum.GetValues(typeof(T))</c> (IL3050), which under
/// Native AOT throws "'…SchemeColorValues[]' is missing native code" unless the array type was compiled in.
/// The list is derived from the pinned assembly; after an upgrade, rewrite it with
/// <c>HB_UPDATE_GOLDEN=1 dotnet test tests/HalenBrengen.Cli.Tests --filter OpenXmlEnumArrays</c>.
/// </summary>
public sealed class OpenXmlEnumArraysTests
{
    private static readonly XNamespace Directives = "http://schemas.microsoft.com/netfx/2013/01/metadata";

    [Fact]
    public void The_release_keeps_an_array_of_every_enum_OpenXml_maps_to_text()
    {
        var path = Repository.PathOf("src", "HalenBrengen.Cli", "OpenXmlEnums.rd.xml");
        var expected = Document();
        if (Environment.GetEnvironmentVariable("HB_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), $"{path} is missing; write it with HB_UPDATE_GOLDEN=1");

        Assert.Equal(expected, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    /// <summary>Every enum with <see cref="EnumStringAttribute"/> fields: the ones <c>EnumValue&lt;T&gt;</c> is made of.</summary>
    private static IEnumerable<Type> TextEnums(Assembly openXml) =>
        openXml.GetTypes()
            .Where(t => t.IsEnum && t.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => f.IsDefined(typeof(EnumStringAttribute))))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static string Document()
    {
        var openXml = typeof(OpenXmlElement).Assembly;
        var name = openXml.GetName();
        var document = new XDocument(
            new XComment($" Generated from {name.Name} {name.Version} by {nameof(OpenXmlEnumArraysTests)}: one array type per enum, for Native AOT. "),
            new XElement(Directives + "Directives",
                new XElement(Directives + "Application",
                    new XElement(Directives + "Assembly", new XAttribute("Name", name.Name!),
                        TextEnums(openXml).Select(t => new XElement(Directives + "Type",
                            new XAttribute("Name", t.FullName + "[]"), new XAttribute("Dynamic", "Required All")))))));
        return document.ToString().ReplaceLineEndings("\n") + "\n";
    }
}
