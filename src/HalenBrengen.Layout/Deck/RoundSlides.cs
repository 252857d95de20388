using HalenBrengen.Core.Analysis;
using HalenBrengen.Core.Model;
using HalenBrengen.Layout.Kit;
using HalenBrengen.Layout.Rules;

namespace HalenBrengen.Layout.Deck;

/// <summary>One block of the round: its number from 1, its partners in the round's order, and its times.</summary>
internal sealed record RoundBlock(int Number, IReadOnlyList<Partner> Partners, int StartMinute, int EndMinute);

/// <summary>
/// A large round in blocks a room can follow: at most <see cref="SessionRoundRules.MostPartnersInBlock"/>
/// partners each, as equal as can be, the larger first. The order slide shows the blocks; before each block
/// after the first a divider names its partners and, for a breath, asks the room only to listen and understand. The agenda's times
/// stand as the agenda makes them: the breath is a minute inside the round, not a part of its own.
/// </summary>
internal static class RoundSlides
{
    /// <summary>
    /// The round's blocks: one holding every partner up to eight, else the fewest blocks of at most eight; a round with the
    /// pause in its middle has its blocks on either side of it (24 partners: two blocks of six, the pause, two more).
    /// </summary>
    public static IReadOnlyList<RoundBlock> Blocks(Coalition coalition, Agenda agenda)
    {
        var partners = coalition.Partners;
        var turns = agenda.Turns(partners.Count).ToList();
        var blocks = new List<RoundBlock>();
        var halves = agenda.PauseInRound && agenda.TurnsBeforePause < partners.Count
            ? new[] { (0, agenda.TurnsBeforePause), (agenda.TurnsBeforePause, partners.Count - agenda.TurnsBeforePause) }
            : [(0, partners.Count)];
        var rounds = agenda.Items.Where(i => i.Part == AgendaPart.Ronde).ToList();
        foreach (var ((start, size), half) in halves.Select((h, k) => (h, k)))
        {
            var count = Math.Max(1, (size + SessionRoundRules.MostPartnersInBlock - 1) / SessionRoundRules.MostPartnersInBlock);
            for (var i = 0; i < count && size > 0; i++)
            {
                int from = start + (i * size + count - 1) / count, to = start + ((i + 1) * size + count - 1) / count;
                // The last block before the pause or the round's end ends where the agenda's part does (its changeover with it): a
                // reader found "Deel 1 · 13:40–14:36" under an agenda saying 13:40–14:40.
                var end = to == start + size && half < rounds.Count ? rounds[half].EndMinute : turns[to - 1] + agenda.SpeakingMinutes;
                blocks.Add(new RoundBlock(blocks.Count + 1, partners.Skip(from).Take(to - from).ToList(), turns[from], end));
            }
        }
        return blocks;
    }

    /// <summary>
    /// The dividers before the round's blocks, one a block: "Deel 2 · 13:56–14:20" as its title, the block's partners large (each name on
    /// one line where a size allows it, in one column where it holds them at the body's largest size, else two), at one size on
    /// every divider, and right under them, on a light panel, a line for a breath that asks only to listen and names no one; names and question centred together in the body.
    /// </summary>
    public static IReadOnlyList<SlidePlan> Dividers(PlanContext c, IReadOnlyList<RoundBlock> blocks, Agenda agenda, SessionTexts t)
    {
        var laid = blocks.Select((block, i) =>
        {
            var frame = Slides.Frame(c, Heading(block, agenda, t));
            // In the shortest turns the room is told where its questions go (a reader: the notes said so, the room saw "vraag alleen om te begrijpen").
            // A block right after another, with no pause between, starts with the room standing up a moment, said before the prompt (eight
            // readers: an hour of turns with no break is a listening marathon); in its changeover minute.
            var stretch = i > 0 && block.StartMinute - blocks[i - 1].EndMinute < Agenda.PauseMinutes;
            var question = new TextParagraph([.. stretch ? [new TextRun(t.BlockStretch + " ", true, c.Colours.Ink)] : Array.Empty<TextRun>(),
                new TextRun(agenda.ShortTurns ? t.BlockPromptShort : t.BlockPrompt, false, c.Colours.Ink)], SpaceBeforeEm: 0);
            var questionHeight = Slides.Height(c, [question], frame.Body.Width, c.Scale.BodyMax) + Emu.FromMm(6);
            var namesArea = frame.Body with { Height = frame.Body.Height - questionHeight - QuestionGap };
            var (parts, size) = Names(c, block, agenda, t, namesArea, Math.Min(c.Scale.TitleMin, frame.Title.FontSizePt - 8));
            return (Block: block, Frame: frame, Question: question, QuestionHeight: questionHeight, NamesArea: namesArea, Parts: parts, Size: size);
        }).ToList();
        // One size on every divider: the round's order read as one list (a reader found 22 pt on one and 23 on the next).
        var nameSize = laid.Min(x => x.Size);
        return laid.Select(x =>
        {
            var namesHeight = x.Parts.Max(p => Slides.Height(c, p.Paragraphs, p.Box.Width, nameSize));
            // The names and the question as one block in the middle of the body, not at its top over an empty lower half.
            var shown = Min(namesHeight, x.NamesArea.Height);
            var slack = x.Frame.Body.Height - shown - QuestionGap - x.QuestionHeight;
            var top = x.Frame.Body.Y + (slack.Value > 0 ? new Emu(slack.Value / 2) : new Emu(0));
            var elements = new List<SlideElement>(x.Parts.Select(p => (SlideElement)new TextElement(p.Box with { Y = top, Height = shown }, p.Paragraphs, nameSize,
                c.Colours.Ink, Name: c.Words.Shapes.BlockNames)));
            var questionBox = new Rect(x.Frame.Body.X, top + shown + QuestionGap, x.Frame.Body.Width, x.QuestionHeight);
            var questionSize = Math.Min(c.Scale.BodyMax, nameSize);
            // Run on over the panel's width, as on every divider (three readers: balanced in two short lines on some and run on on others,
            // the panel half empty on those).
            elements.Add(new TextElement(questionBox, [x.Question], questionSize, c.Colours.Ink, c.Colours.Light, Anchor.Middle, Name: c.Words.Shapes.Question));
            return new SlidePlan(SlideLayoutKind.Inhoud, x.Frame.Title, elements, t.BlockNotes.Fill(x.Block.Number, blocks.Count));
        }).ToList();
    }

    /// <summary>
    /// A block's partners, each with the time its turn starts (the dividers are the round's order where it takes more than one
    /// slide), in one column where it holds them at the body's largest size or at least as large as two would, else in two;
    /// and the largest size at which each name keeps to one line (else wraps) in its column.
    /// </summary>
    private static (IReadOnlyList<(IReadOnlyList<TextParagraph> Paragraphs, Rect Box)> Parts, double Size) Names(PlanContext c, RoundBlock block, Agenda agenda,
        SessionTexts t, Rect area, double largest)
    {
        var names = block.Partners.Select((p, i) => new TextParagraph(AgendaSlides.Turn(c, agenda, block.StartMinute + i * agenda.SpeakingMinutes, p.Naam, t, bold: true),
            SpaceBeforeEm: i == 0 ? 0 : 0.3)).ToList();
        (IReadOnlyList<(IReadOnlyList<TextParagraph> Paragraphs, Rect Box)> Parts, double Size) In(int columns)
        {
            var perColumn = (names.Count + columns - 1) / columns;
            var parts = Enumerable.Range(0, columns)
                .Select(k => ((IReadOnlyList<TextParagraph>)names.Skip(k * perColumn).Take(perColumn).Select((n, i) => i == 0 ? n with { SpaceBeforeEm = 0 } : n).ToList(),
                    Columns.Of(area, k, columns, c.Page.Gap)))
                .Where(p => p.Item1.Count > 0).ToList();
            bool OneLine(double size) => parts.All(p => p.Item1.All(n => c.Text.LineCount(n, TextLayout.Inner(p.Item2.Width, TextLayout.InsetX), size) == 1));
            var size = Sizes.Largest(largest, c.Scale.BodyMin, size => OneLine(size) && parts.All(p => c.Text.Fits(p.Item1, p.Item2, size)))
                ?? Columns.SharedSize(c, parts, largest, c.Scale.BodyMin) ?? c.Scale.BodyMin;
            return (parts, size);
        }
        var one = In(1);
        if (names.Count <= 1 || one.Size >= Math.Min(largest, c.Scale.BodyMax))
            return one;
        var two = In(2);
        return one.Size >= two.Size ? one : two;
    }

    /// <summary>The space between the names and the question: the question reads as the block's start, not as one more name.</summary>
    private static readonly Emu QuestionGap = Emu.FromMm(12);

    private static Emu Min(Emu a, Emu b) => a < b ? a : b;

    /// <summary>"Deel 2 · 13:56–14:20": the block's number and its times, from the agenda.</summary>
    public static string Heading(RoundBlock block, Agenda agenda, SessionTexts t) =>
        t.RoundBlock.Fill(block.Number, AgendaSlides.Time(agenda, block.StartMinute, block.EndMinute, t));
}
