using System.Collections.Concurrent;
using System.Diagnostics;
using HalenBrengen.Core;
using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Agreements;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Layout;
using HalenBrengen.Layout.Agreements;
using HalenBrengen.Layout.Briefing;
using HalenBrengen.Layout.Deck;
using HalenBrengen.Layout.Posters;
using HalenBrengen.Layout.Rules;
using HalenBrengen.Layout.Style;
using HalenBrengen.Pptx;

namespace HalenBrengen.App;

/// <summary>
/// What an output is: the session deck for the room, the facilitator's briefing, an A0 poster (the
/// combined map of every partner, a partner's own, or the work sheet), the afsprakenlijst (.xlsx), or, from a filled-in
/// list among the inputs, the report of what was agreed (afspraken.pptx). The page shows these names
/// (app.js, beside each file: <see cref="PageTexts.KindDeck"/> and the others).
/// </summary>
public enum GeneratedKind { Deck, Briefing, CombinedMap, PartnerPoster, WorkSheet, Agreements, Report }

/// <summary>An output: its file name, what it is, and how to render it (in memory, when asked).</summary>
public sealed record GeneratedFile(string Name, GeneratedKind Kind, Func<byte[]> Content);

/// <summary>An output rendered: its file name, what it is, and its bytes.</summary>
public sealed record RenderedFile(string Name, GeneratedKind Kind, byte[] Content);

/// <summary>
/// What one run of generate gave, before anything is written: the check of this round and of the earlier
/// one, and when nothing blocked, every output rendered in memory.
/// </summary>
/// <param name="PreviousCheck">The earlier round as read, when one was given; it blocks like this round does.</param>
public sealed record Generation(InputReport Check, IReadOnlyList<RenderedFile> Files, InputReport? PreviousCheck = null)
{
    public bool Generated => Files.Count > 0;

    /// <summary>Why the house style asked for cannot be used; then nothing is made.</summary>
    public string? StyleProblem { get; init; }

    /// <summary>One line per change the house style needed (a colour for contrast, a font replaced).</summary>
    public IReadOnlyList<string> StyleNotes { get; init; } = [];
}

/// <summary>Workbooks to read: paths of files and folders on disk, or files held in memory (uploads).</summary>
internal sealed record Workbooks(IReadOnlyList<string>? Paths, IReadOnlyList<FileContent>? Files)
{
    public bool Any => (Paths?.Count ?? Files?.Count ?? 0) > 0;

    public InputReport Read() => Paths is { } paths ? UseCases.Check(paths) : UseCases.Check(Files ?? []);
}

/// <summary>What generate is asked, wherever its files are.</summary>
/// <param name="Previous">The earlier round, to compare with (none: no comparison).</param>
/// <param name="Style">The house style held in memory; <see cref="StyleOnDisk"/> names it on disk instead.</param>
/// <param name="CommandLine">Whether the command line reports the run (else the page): see <see cref="NotesLanguage"/>.</param>
internal sealed record GenerateInput(Workbooks Workbooks, Workbooks Previous, Language Language, bool Strict, bool CommandLine,
    HouseStyleFiles? Style = null, (string Template, IReadOnlyList<string> Fonts)? StyleOnDisk = null)
{
    /// <summary>
    /// The house style's notes and problem are part of the report, not of the outputs, so they are worded in
    /// the report's language: the command line reports in Dutch whatever --lang asks of the files (like the
    /// check and every "geschreven:" line); the page shows them in its own language, which is also the
    /// language of the files it makes.
    /// </summary>
    public Language NotesLanguage => CommandLine ? Language.Nl : Language;
}

/// <summary>
/// The one generate pipeline, for every host: the command line writes its result to a folder, the page and
/// the tests take it in memory. Here alone the workbooks are checked, the house style is loaded, the rounds
/// are compared and the outputs are rendered.
/// </summary>
public static class Generator
{
    /// <summary>Reads both rounds; when neither blocks and the house style can be used, renders every output.</summary>
    internal static Generation Run(GenerateInput input)
    {
        var check = input.Workbooks.Read();
        var previous = input.Previous.Any ? input.Previous.Read() : null;
        if (!check.CanGenerate(input.Strict) || previous?.CanGenerate(input.Strict) == false)
            return new Generation(check, [], previous);
        var style = input.StyleOnDisk is { } disk ? HouseStyles.Load(disk.Template, disk.Fonts, input.NotesLanguage)
            : input.Style is { } files ? HouseStyles.Load(files, input.NotesLanguage, input.CommandLine)
            : null;
        if (style?.Problem is { } problem)
            return new Generation(check, [], previous) { StyleProblem = problem };
        // One file at a time to each core, in order: the deck and the briefing, by far the longest to make, then run side by
        // side (a list's default split gave both to one core, one after the other, while the other wrote the posters). A second
        // meeting's deck comes from the same plan as the first's, so it is taken up after the briefing, not beside the first
        // (the other core would wait for that plan); the files stay in their order.
        var outputs = Render(check.Coalition, input.Language, previous?.Coalition, style?.Look);
        var briefing = outputs.ToList().FindIndex(f => f.Kind == GeneratedKind.Briefing);
        var work = Enumerable.Range(0, outputs.Count).OrderBy(i => i > 0 && outputs[i].Kind == GeneratedKind.Deck ? briefing + 0.5 : i);
        // Each into its own place (no parallel sort: Native AOT cannot expand PLINQ's ordering over these types).
        var rendered = new RenderedFile[outputs.Count];
        Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering).AsParallel()
            .ForAll(i => rendered[i] = new RenderedFile(outputs[i].Name, outputs[i].Kind, outputs[i].Content()));
        return new Generation(check, rendered, previous) { StyleNotes = style?.Notes ?? [] };
    }

    /// <summary>
    /// Every output of a coalition, named and rendered on demand, in memory: the session deck, the
    /// facilitator's briefing, the combined map, a poster per partner and the work sheet. The CLI writes
    /// them to disk; the web app streams them. Everything is made in <paramref name="look"/>: a house
    /// style's, or (null) the generator's own.
    /// </summary>
    /// <param name="previous">The earlier round: the briefing says what changed, the deck marks what is new.</param>
    public static IReadOnlyList<GeneratedFile> Render(Coalition coalition, Language language, Coalition? previous = null, Look? look = null)
    {
        look ??= Look.House;
        var analysis = CoalitionAnalysis.Of(coalition);
        var changes = previous is null ? null : RoundComparison.Compare(previous, coalition);
        var words = Words.For(language).Files;
        var names = new FileNames.Unique(FileNames.Safe(coalition.Naam, words.NoCoalitionName));
        byte[] Written(PresentationPlan plan)
        {
            CheckDesign(plan, coalition);
            return PptxWriter.Write(plan);
        }
        // The posters are planned together (every partner's poster at one size), when the briefing or the first of them needs them:
        // the briefing counts their sheets, and the deck, which takes longest, is made on the other core meanwhile.
        var posters = new Lazy<IReadOnlyList<PosterPlan>>(() => PosterPlanner.Plan(coalition, PlanContext.Poster(look, language)));
        // The session is planned and checked whole, and written as a file per meeting: one, or two when it is held as two.
        var deck = new Lazy<IReadOnlyList<PresentationPlan>>(() =>
        {
            var plan = DeckPlanner.Plan(coalition, analysis, PlanContext.Session(look, language), changes);
            CheckDesign(plan, coalition);
            return plan.Files;
        });
        var files = Agenda.Of(coalition).TwoMeetings
            ? [.. new[] { 0, 1 }.Select(m => new GeneratedFile(names.Next(words.DeckOfMeeting.Fill(m + 1)), GeneratedKind.Deck, () => PptxWriter.Write(deck.Value[m])))]
            : new List<GeneratedFile> { new(names.Next(words.Deck), GeneratedKind.Deck, () => PptxWriter.Write(deck.Value[0])) };
        files.Add(new(names.Next(words.Briefing), GeneratedKind.Briefing,
            () => Written(BriefingPlanner.Plan(coalition, analysis, PlanContext.Briefing(look, language), changes, posters.Value))));
        foreach (var ((posterKind, partner), index) in PosterPlanner.Files(coalition).Select((f, i) => (f, i)))
        {
            var (label, kind) = posterKind switch
            {
                PosterKind.Partner => (words.PartnerPoster.Fill(FileNames.Safe(partner!.Naam, words.NoPartnerName)), GeneratedKind.PartnerPoster),
                PosterKind.WorkSheet => (words.WorkSheet, GeneratedKind.WorkSheet),
                _ => (words.CombinedMap, GeneratedKind.CombinedMap),
            };
            files.Add(new GeneratedFile(names.Next(label), kind, () =>
            {
                var poster = posters.Value[index];
                CheckDesign(poster, coalition);
                return PptxWriter.Write(poster.Sheets);
            }));
        }
        // The afsprakenlijst last: the group fills it in during or after the session. With a filled-in one among the
        // inputs, the report of what it agreed before it, to take home.
        if (coalition.Agreements.Count > 0)
            files.Add(new GeneratedFile(names.Next(words.Agreements), GeneratedKind.Report,
                () => Written(AgreementsPlanner.Plan(coalition, PlanContext.Report(look, language)))));
        files.Add(new GeneratedFile(names.Next(words.Agreements, FileNames.Workbook), GeneratedKind.Agreements,
            () => AgreementsWorkbook.Bytes(analysis, Words.For(language), coalition.Naam)));
        return files;
    }

    /// <summary>
    /// In a Debug build every plan is held to the enforced design rules before it is written, and a broken
    /// rule is said on standard error, where it was made: a developer sees it at once. Not an exception: the
    /// README's first command runs a Debug build, and a file with a flaw serves a facilitator better than none.
    /// Release builds (every release, the browser's bundle) skip the check.
    /// </summary>
    [Conditional("DEBUG")]
    private static void CheckDesign(PresentationPlan plan, Coalition coalition) =>
        Report(plan.Title, DesignRules.Check(plan, coalition, DesignRules.Enforced));

    [Conditional("DEBUG")]
    private static void CheckDesign(PosterPlan poster, Coalition coalition) =>
        Report(poster.Sheets.Title, DesignRules.Check(poster, coalition, DesignRules.Enforced));

    private static void Report(string file, IReadOnlyList<Violation> violations)
    {
        foreach (var violation in violations)
            Console.Error.WriteLine($"design rule broken (Debug build check) in '{file}': {violation}");
    }
}
