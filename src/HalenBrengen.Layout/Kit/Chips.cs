namespace HalenBrengen.Layout.Kit;

/// <summary>Words set as chips (rounded labels), flowing in centred rows: the shared themes as a picture.</summary>
public static class Chips
{
    public static IReadOnlyList<TextElement>? Flow(PlanContext c, Rect area, IReadOnlyList<string> words, double sizePt, Emu gap, string fill, string color)
    {
        var height = Emu.FromPt(c.Text.LineHeight(sizePt) * 1.25) + TextLayout.InsetY * 2;
        var rows = new List<List<(string Word, Emu Width)>> { new() };
        var used = new Emu(0);
        foreach (var word in words)
        {
            var width = Emu.FromPt(c.Text.Bold.Width(word, sizePt) / 0.96 + sizePt) + TextLayout.InsetX * 2;
            if (width > area.Width)
                return null;
            if (rows[^1].Count > 0 && used + gap + width > area.Width)
            {
                rows.Add([]);
                used = new Emu(0);
            }
            used += (rows[^1].Count > 0 ? gap : new Emu(0)) + width;
            rows[^1].Add((word, width));
        }
        var total = height * rows.Count + gap * (rows.Count - 1);
        if (total > area.Height)
            return null;
        var chips = new List<TextElement>();
        var y = area.Y + (area.Height - total) / 2;
        foreach (var row in rows)
        {
            var rowWidth = row.Aggregate(new Emu(0), (sum, c) => sum + c.Width) + gap * (row.Count - 1);
            var x = area.X + (area.Width - rowWidth) / 2;
            foreach (var (word, width) in row)
            {
                chips.Add(new TextElement(new Rect(x, y, width, height), [new TextParagraph([new TextRun(word, true)], SpaceBeforeEm: 0)], sizePt,
                    color, fill, Anchor.Middle, TextAlign.Center, c.Words.Shapes.Theme.Fill(word), Geometry.RoundedRectangle));
                x += width + gap;
            }
            y += height + gap;
        }
        return chips;
    }
}
