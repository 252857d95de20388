using System.Text.Json;
using System.Xml.Linq;
using HalenBrengen.Excel.Tests.Support;
using HalenBrengen.Web.Tests.Support;

namespace HalenBrengen.Web.Tests;

/// <summary>
/// The add-in manifest: valid against Microsoft's task pane schemas, its structure as [MS-OWEMXML]
/// documents it, and Microsoft's own manifest reader (shipped in the npm package
/// office-addin-manifest-converter, run offline by Support/read-manifest.js) reading back what we wrote.
/// </summary>
[Collection("server")]
public sealed class ManifestTests(ServerFixture server)
{
    private static readonly XNamespace Office = "http://schemas.microsoft.com/office/appforoffice/1.1";

    private async Task<string> Served()
    {
        using var client = server.Client();
        return await client.GetStringAsync("manifest.xml", TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_manifest_points_at_this_server_with_elements_in_the_required_order()
    {
        var xml = XDocument.Parse(await Served());

        Assert.Equal(Office + "OfficeApp", xml.Root!.Name);
        Assert.Equal("TaskPaneApp", xml.Root.Attribute(XName.Get("type", "http://www.w3.org/2001/XMLSchema-instance"))!.Value);
        // [MS-OWEMXML] 2.2.1.1 OfficeApp: this sequence, in this order.
        string[] order = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "DefaultSettings", "Permissions"];
        Assert.Equal(order, xml.Root.Elements().Select(e => e.Name.LocalName));
        Assert.True(Guid.TryParse(xml.Root.Element(Office + "Id")!.Value, out _));
        Assert.Equal(["Workbook", "Presentation"], xml.Root.Element(Office + "Hosts")!.Elements().Select(h => h.Attribute("Name")!.Value));
        Assert.StartsWith(server.Address.ToString().TrimEnd('/'), xml.Root.Element(Office + "DefaultSettings")!.Element(Office + "SourceLocation")!.Attribute("DefaultValue")!.Value);
        // Documented limits: a display name of at most 125 characters (30 keeps it whole as the short name
        // when Office converts the manifest), a description of at most 250.
        Assert.InRange(xml.Root.Element(Office + "DisplayName")!.Attribute("DefaultValue")!.Value.Length, 1, 30);
        Assert.InRange(xml.Root.Element(Office + "Description")!.Attribute("DefaultValue")!.Value.Length, 1, 250);
    }

    [Fact]
    public async Task Microsofts_manifest_reader_reads_the_served_manifest_offline()
    {
        var read = ReadWithMicrosoftsReader(await Served());
        var origin = server.Address.ToString().TrimEnd('/');

        AssertReadBack(read, origin);
    }

    [Fact]
    public void Microsofts_manifest_reader_reads_the_https_manifest_that_serve_https_hands_out()
    {
        const string origin = "https://localhost:3443";
        var read = ReadWithMicrosoftsReader(AddinManifest.Xml(new Uri(origin + "/")));

        AssertReadBack(read, origin);
    }

    [Theory]
    [InlineData("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>", "Everything")]
    [InlineData("<Id>" + AddinManifest.Id + "</Id>", "", "cannot be null")]
    [InlineData("xsi:type=\"TaskPaneApp\"", "xsi:type=\"SidePanel\"", "SidePanel")]
    public async Task The_same_reader_refuses_a_broken_manifest(string part, string replacement, string named)
    {
        var xml = await Served();
        Assert.Contains(part, xml);

        var (exitCode, output) = RunReader(xml.Replace(part, replacement, StringComparison.Ordinal));

        Assert.NotEqual(0, exitCode);
        Assert.Contains(named, output);
    }

    [Fact]
    public async Task The_served_manifest_is_valid_against_microsofts_schema()
    {
        Assert.Empty(SchemaErrors(await Served()));
    }

    [Fact]
    public void The_https_manifest_is_valid_against_microsofts_schema()
    {
        Assert.Empty(SchemaErrors(AddinManifest.Xml(new Uri("https://localhost:3443/"))));
    }

    [Fact]
    public void The_manifest_site_writes_for_a_sub_path_is_valid_and_points_into_that_path()
    {
        var xml = SiteBundle.WithStandIn(() => Site.Files(new Uri("https://intranet.example.nl/halenbrengen"))).Single(f => f.Path == "manifest.xml").Content;
        var text = System.Text.Encoding.UTF8.GetString(xml);

        Assert.Empty(SchemaErrors(text));
        var read = ReadWithMicrosoftsReader(text);
        Assert.Equal("https://intranet.example.nl/halenbrengen/taskpane.html", read.GetProperty("sourceLocation").GetString());
        Assert.Equal("https://intranet.example.nl/halenbrengen/icon-32.png", read.GetProperty("iconUrl").GetString());
        Assert.Equal(["https://intranet.example.nl"], read.GetProperty("appDomains").EnumerateArray().Select(d => d.GetString()));
    }

    [Theory]
    [InlineData("version", "'ProviderName'")]
    [InlineData("unknown element", "'Colour'")]
    [InlineData("id", "Id' element is invalid")]
    public async Task The_schema_refuses_a_broken_manifest(string broken, string named)
    {
        var xml = XDocument.Parse(await Served());
        var root = xml.Root!;
        switch (broken)
        {
            case "version":
                var version = root.Element(Office + "Version")!;
                version.Remove();
                root.Add(version);
                break;
            case "unknown element":
                root.Element(Office + "DisplayName")!.AddAfterSelf(new XElement(Office + "Colour", "groen"));
                break;
            default:
                root.Element(Office + "Id")!.Value = "halenbrengen";
                break;
        }

        var errors = SchemaErrors(xml.ToString());
        Assert.Contains(errors, e => e.Contains(named, StringComparison.Ordinal));
    }

    /// <summary>
    /// Validates against the 2018 task pane schemas kept outside the project (../shared/schemas/, see
    /// its README): every message the validator gives, errors and warnings alike.
    /// </summary>
    private static List<string> SchemaErrors(string xml)
    {
        var folder = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "schemas", "office-addin-manifest"));
        var main = Path.Combine(folder, "OfficeAppManifestV1_1.xsd");
        if (!File.Exists(main))
        {
            var message = "Microsoft's manifest schemas are not at " + folder + " (the project's ../shared).";
            Assert.False(ExternalTools.InCi, message + " Under CI this test may not be skipped.");
            Assert.Skip(message);
        }
        var schemas = new System.Xml.Schema.XmlSchemaSet { XmlResolver = new System.Xml.XmlUrlResolver() };
        using (var reader = System.Xml.XmlReader.Create(main, new System.Xml.XmlReaderSettings { XmlResolver = new System.Xml.XmlUrlResolver(), DtdProcessing = System.Xml.DtdProcessing.Ignore }))
            schemas.Add(null, reader);
        schemas.Compile();
        var errors = new List<string>();
        var settings = new System.Xml.XmlReaderSettings { ValidationType = System.Xml.ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= System.Xml.Schema.XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message}");
        using (var reader = System.Xml.XmlReader.Create(new StringReader(xml), settings))
            while (reader.Read()) { }
        return errors;
    }

    private static void AssertReadBack(JsonElement read, string origin)
    {
        Assert.Equal("1.1", read.GetProperty("schemaVersion").GetString());
        Assert.Equal("TaskPaneApp", read.GetProperty("type").GetString());
        Assert.Equal(AddinManifest.Id, read.GetProperty("id").GetString());
        Assert.Equal("1.0.0.0", read.GetProperty("version").GetString());
        Assert.Equal("HalenBrengen.Office", read.GetProperty("providerName").GetString());
        Assert.Equal("nl-NL", read.GetProperty("defaultLocale").GetString());
        Assert.Equal("HalenBrengen", read.GetProperty("displayName").GetString());
        Assert.StartsWith("Maak van de ingevulde belangenkaarten", read.GetProperty("description").GetString());
        Assert.Equal(origin + "/icon-32.png", read.GetProperty("iconUrl").GetString());
        Assert.Equal(origin + "/icon-80.png", read.GetProperty("highResolutionIconUrl").GetString());
        Assert.Equal(origin + "/", read.GetProperty("supportUrl").GetString());
        Assert.Equal([origin], read.GetProperty("appDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["Workbook", "Presentation"], read.GetProperty("hosts").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal(origin + "/taskpane.html", read.GetProperty("sourceLocation").GetString());
        Assert.Equal("ReadWriteDocument", read.GetProperty("permissions").GetString());
    }

    private static JsonElement ReadWithMicrosoftsReader(string xml)
    {
        var (exitCode, output) = RunReader(xml);
        Assert.True(exitCode == 0, "Microsoft's manifest reader refused the manifest: " + output);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static (int ExitCode, string Output) RunReader(string xml)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "manifest.xml");
        File.WriteAllText(path, xml);
        var script = Repository.PathOf("tests", "HalenBrengen.Web.Tests", "Support", "read-manifest.js");
        return ExternalTools.Run("node", [script, path], TimeSpan.FromSeconds(60));
    }
}
