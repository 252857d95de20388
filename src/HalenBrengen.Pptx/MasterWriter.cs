using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Pptx;

/// <summary>
/// The theme, the slide master with its layouts (one per <see cref="SlideLayoutKind"/>) and the notes master
/// with its theme, in the plan's look and as its <see cref="MasterPlan"/> places them. They depend on the
/// look, the master plan and the language alone, so each combination's parts are written once (per process
/// for the house look, per look for a house style) and every package after that copies their bytes.
/// </summary>
internal static class MasterWriter
{
    public const string Theme = "ppt/theme/theme1.xml";
    public const string SlideMaster = "ppt/slideMasters/slideMaster1.xml";
    public const string NotesMaster = "ppt/notesMasters/notesMaster1.xml";
    private const string NotesTheme = "ppt/notesMasters/theme/theme2.xml";

    private static readonly SlideLayoutKind[] Kinds = Enum.GetValues<SlideLayoutKind>();

    private static readonly ConcurrentDictionary<(string, MasterPlan), Serialised> ByLanguage = new();

    /// <summary>A house style's parts, for as long as its look is in use (a server makes a look per request).</summary>
    private static readonly ConditionalWeakTable<Look, ConcurrentDictionary<(string, MasterPlan), Serialised>> ByLook = new();

    private sealed record Serialised(byte[] Theme, byte[] SlideMaster, byte[][] Layouts, byte[] NotesMaster);

    public static string LayoutPart(SlideLayoutKind kind) => $"ppt/slideLayouts/slideLayout{(int)kind + 1}.xml";

    /// <summary>The master's relationship to a layout, as its layout list names it.</summary>
    public static string LayoutRelationship(SlideLayoutKind kind) => $"rIdLayout{(int)kind + 1}";

    /// <summary>The parts <see cref="Write"/> writes, with their content types, in the order the SDK listed them.</summary>
    public static IEnumerable<PartType> Parts()
    {
        yield return new(Theme, OpcTypes.ThemeType);
        yield return new(SlideMaster, OpcTypes.SlideMasterType);
        foreach (var kind in Kinds)
            yield return new(LayoutPart(kind), OpcTypes.SlideLayoutType);
        yield return new(NotesMaster, OpcTypes.NotesMasterType);
        yield return new(NotesTheme, OpcTypes.ThemeType);
    }

    public static void Write(PackageWriter package, PresentationPlan plan)
    {
        var look = plan.Look;
        var cache = ReferenceEquals(look, Look.House) ? ByLanguage : ByLook.GetValue(look, _ => new());
        // The names of placeholders and layouts are the language's, as the tag is: the tag keys them too.
        var names = plan.Context.Words.Shapes;
        var parts = cache.GetOrAdd((plan.LanguageTag, plan.Master), key => Serialise(key.Item1, look, key.Item2, names));
        package.Part(Theme, parts.Theme);
        package.Part(SlideMaster, parts.SlideMaster);
        var relationships = new List<Relationship> { new("rIdTheme", OpcTypes.Theme, Theme) };
        relationships.AddRange(Kinds.Select(kind => new Relationship(LayoutRelationship(kind), OpcTypes.SlideLayout, LayoutPart(kind))));
        package.Relationships(SlideMaster, [.. relationships]);
        for (var i = 0; i < Kinds.Length; i++)
        {
            package.Part(LayoutPart(Kinds[i]), parts.Layouts[i]);
            package.Relationships(LayoutPart(Kinds[i]), new Relationship("rIdMaster", OpcTypes.SlideMaster, SlideMaster));
        }
        package.Part(NotesMaster, parts.NotesMaster);
        package.Relationships(NotesMaster, new Relationship("rIdTheme", OpcTypes.Theme, NotesTheme));
        package.Part(NotesTheme, parts.Theme);
    }

    private static Serialised Serialise(string language, Look look, MasterPlan master, ShapeNames names) => new(
        PartXml.Bytes(x => ThemeXml.Write(x, look)),
        PartXml.Bytes(x => MasterXml.SlideMaster(x, language, look, master, Kinds, names)),
        Kinds.Select(kind => PartXml.Bytes(x => MasterXml.Layout(x, kind, language, master, names))).ToArray(),
        PartXml.Bytes(x => MasterXml.NotesMaster(x, language, master.Notes, names)));
}
