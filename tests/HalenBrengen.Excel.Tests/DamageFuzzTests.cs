using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using HalenBrengen.Core.Model;
using HalenBrengen.Excel.Reading;
using HalenBrengen.Excel.Tests.Support;

namespace HalenBrengen.Excel.Tests;

/// <summary>
/// Random damage to the example's workbooks, deterministic by seed, at three levels: the zip (bytes flipped,
/// ranges zeroed, the file cut short, a header's compression method or sizes changed), the XML of a part (cut, a
/// tag dropped, bytes that are no UTF-8, an entity, a deep nest) and the values of cells (texts of 32,767
/// characters, control characters, impossible dates and numbers, formulas). Every damaged workbook is read beside the
/// others as a run would: the reader never throws (a throw is the command line's exit 3), every problem is a
/// diagnostic naming its file, the other files are still read, and no workbook takes long.
/// </summary>
public sealed class DamageFuzzTests(ITestOutputHelper output)
{
    /// <summary>How many damaged workbooks a run reads: three thousand, about half a minute.</summary>
    private const int Cases = 3000;

    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Content)>> Example = new(() =>
        Directory.GetFiles(Repository.PathOf("templates", "voorbeeld"), "*.xlsx").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))).ToList());

    [Fact]
    public void Thousands_of_damaged_workbooks_are_read_without_a_throw_and_the_others_still_count()
    {
        var workbooks = Example.Value;
        var healthy = WorkbookReader.Read(workbooks);
        var slowest = TimeSpan.Zero;
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            var target = random.Next(workbooks.Count);
            var (kind, damaged) = Damage(workbooks[target].Content, random);
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            var files = workbooks.Select((w, i) => i == target ? (w.Name, damaged) : w).ToList();
            var clock = Stopwatch.StartNew();
            InputReport report;
            try
            {
                report = WorkbookReader.Read(files);
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed} ({kind}, {workbooks[target].Name}): {e.GetType().Name}: {e.Message}");
                return;
            }
            clock.Stop();
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"seed {seed} ({kind}): {clock.Elapsed.TotalSeconds:0.0} s");
            // The other workbooks still count: every partner the healthy run found from another file is found again.
            Assert.True(report.Coalition.Partners.Count >= healthy.Coalition.Partners.Count - 1, $"seed {seed} ({kind}): {report.Coalition.Partners.Count} partners");
            foreach (var d in report.Diagnostics.Where(d => d.Severity == Severity.Fout))
                Assert.False(string.IsNullOrWhiteSpace(d.Where.File), $"seed {seed} ({kind}): a FOUT without its file: {d.Message}");
        }
        output.WriteLine($"{Cases} damaged workbooks read, slowest run {slowest.TotalMilliseconds:0} ms; " + string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
    }

    private static (string Kind, byte[] Content) Damage(byte[] workbook, Random random) => random.Next(3) switch
    {
        0 => Zip(workbook, random),
        1 => Xml(workbook, random),
        _ => Values(workbook, random),
    };

    /// <summary>Damage to the package's bytes: what a broken download, disk or mail gateway does.</summary>
    private static (string, byte[]) Zip(byte[] workbook, Random random)
    {
        var bytes = (byte[])workbook.Clone();
        switch (random.Next(5))
        {
            case 0:
                for (var i = random.Next(1, 20); i > 0; i--)
                    bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                return ("zip: bytes flipped", bytes);
            case 1:
                var at = random.Next(bytes.Length);
                Array.Clear(bytes, at, Math.Min(bytes.Length - at, random.Next(1, 400)));
                return ("zip: a range zeroed", bytes);
            case 2:
                return ("zip: cut short", bytes[..random.Next(bytes.Length)]);
            case 3:
                // A local header's compression method (offset 8) or sizes (18, 22) set to what no reader knows.
                var headers = Offsets(bytes, [0x50, 0x4B, 0x03, 0x04]);
                var header = headers[random.Next(headers.Count)];
                var field = new[] { 8, 18, 22 }[random.Next(3)];
                bytes[header + field] = (byte)random.Next(256);
                bytes[header + field + 1] = (byte)random.Next(256);
                return ("zip: a local header changed", bytes);
            default:
                // The same in the central directory (method at 10, sizes at 20 and 24, the header's offset at 42).
                var entries = Offsets(bytes, [0x50, 0x4B, 0x01, 0x02]);
                var entry = entries[random.Next(entries.Count)];
                var place = new[] { 10, 20, 24, 42 }[random.Next(4)];
                bytes[entry + place] = (byte)random.Next(256);
                bytes[entry + place + 1] = (byte)random.Next(256);
                return ("zip: the central directory changed", bytes);
        }
    }

    /// <summary>Damage to one part's XML, the package itself intact: what a tool that writes XML by hand does.</summary>
    private static (string, byte[]) Xml(byte[] workbook, Random random)
    {
        string kind = "";
        var result = Rewrite(workbook, random, (name, xml) =>
        {
            switch (random.Next(6))
            {
                case 0:
                    kind = "xml: cut short";
                    return Encoding.UTF8.GetBytes(xml[..random.Next(xml.Length)]);
                case 1:
                    kind = "xml: a closing tag dropped";
                    var close = xml.IndexOf("</", random.Next(xml.Length), StringComparison.Ordinal);
                    return Encoding.UTF8.GetBytes(close < 0 ? xml : xml.Remove(close, Math.Max(0, xml.IndexOf('>', close) - close + 1)));
                case 2:
                    kind = "xml: bytes that are no UTF-8";
                    var bytes = Encoding.UTF8.GetBytes(xml);
                    bytes[random.Next(bytes.Length)] = 0xFF;
                    return bytes;
                case 3:
                    kind = "xml: an entity declared";
                    var start = xml.IndexOf("?>", StringComparison.Ordinal) is var p and >= 0 ? p + 2 : 0;
                    return Encoding.UTF8.GetBytes(xml.Insert(start, "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"));
                case 4:
                    kind = "xml: nested ten thousand deep";
                    var at = xml.IndexOf("<c ", StringComparison.Ordinal) is var c and >= 0 ? c : xml.Length / 2;
                    return Encoding.UTF8.GetBytes(xml.Insert(at, string.Concat(Enumerable.Repeat("<x>", 10_000)) + string.Concat(Enumerable.Repeat("</x>", 10_000))));
                default:
                    kind = "xml: an attribute's value changed";
                    var quote = xml.IndexOf("=\"", random.Next(xml.Length), StringComparison.Ordinal);
                    if (quote < 0)
                        return Encoding.UTF8.GetBytes(xml);
                    var end = xml.IndexOf('"', quote + 2);
                    return Encoding.UTF8.GetBytes(xml[..(quote + 2)] + new[] { "-1", "999999999999", "ZZ0", "", "1e308", "A1:XFD1048576", "&amp;#0;" }[random.Next(7)] + xml[end..]);
            }
        });
        return (kind, result);
    }

    /// <summary>Valid XML, hostile values: what a partner (or a script) types into a cell.</summary>
    private static (string, byte[]) Values(byte[] workbook, Random random)
    {
        string[] values =
        [
            new string('x', 32_767), string.Concat(Enumerable.Repeat("Lange tekst met woorden. ", 1_400))[..32_767],
            "\u0001\u0002\u0008tab\tnieuw\nregel", "0027-03-11", "1e308", "-1e308", "NaN", "=1/0", "#REF!", "\uD800", "‮omgekeerd",
        ];
        var value = values[random.Next(values.Length)].Replace("\uD800", "\uFFFD", StringComparison.Ordinal);
        var escaped = System.Security.SecurityElement.Escape(value);
        var kind = value.Length > 1000 ? "values: 32,767 characters" : "values: a hostile value";
        var inCell = random.Next(2) == 0;
        var result = Rewrite(workbook, random, (name, xml) =>
        {
            if (!inCell)
            {
                // A shared string's text, wherever it is used.
                var texts = Regex.Matches(xml, "<(\\w+:)?t( [^>]*)?>[^<]*</(\\w+:)?t>");
                if (texts.Count == 0)
                    return Encoding.UTF8.GetBytes(xml);
                var text = texts[random.Next(texts.Count)];
                var prefix = text.Groups[1].Value;
                return Encoding.UTF8.GetBytes(xml[..text.Index] + $"<{prefix}t xml:space=\"preserve\">{escaped}</{prefix}t>" + xml[(text.Index + text.Length)..]);
            }
            // A cell, any cell: its value replaced, as a number where the value is one, else as an inline string.
            var cells = Regex.Matches(xml, "<(\\w+:)?c r=\"([A-Z]+[0-9]+)\"[^>]*?(/>|>.*?</(\\w+:)?c>)", RegexOptions.Singleline);
            if (cells.Count == 0)
                return Encoding.UTF8.GetBytes(xml);
            var cell = cells[random.Next(cells.Count)];
            var (p, reference) = (cell.Groups[1].Value, cell.Groups[2].Value);
            var style = Regex.Match(cell.Value, " s=\"[0-9]+\"").Value;
            var number = double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
            var replaced = number ? $"<{p}c r=\"{reference}\"{style}><{p}v>{escaped}</{p}v></{p}c>"
                : $"<{p}c r=\"{reference}\"{style} t=\"inlineStr\"><{p}is><{p}t xml:space=\"preserve\">{escaped}</{p}t></{p}is></{p}c>";
            return Encoding.UTF8.GetBytes(xml[..cell.Index] + replaced + xml[(cell.Index + cell.Length)..]);
        }, part: inCell ? "worksheets/" : "sharedStrings");
        return (kind + (inCell ? " in a cell" : " in a shared string"), result);
    }

    /// <summary>The workbook with one of its XML parts (one whose name holds <paramref name="part"/>, when given) rewritten.</summary>
    private static byte[] Rewrite(byte[] workbook, Random random, Func<string, string, byte[]> change, string? part = null)
    {
        using var input = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var parts = input.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) && (part is null || e.FullName.Contains(part, StringComparison.Ordinal)))
            .Select(e => e.FullName).ToList();
        var chosen = parts[random.Next(parts.Count)];
        using var buffer = new MemoryStream();
        using (var output = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var read = entry.Open();
                using var copy = new MemoryStream();
                read.CopyTo(copy);
                var content = entry.FullName == chosen ? change(chosen, Encoding.UTF8.GetString(copy.ToArray())) : copy.ToArray();
                using var write = output.CreateEntry(entry.FullName).Open();
                write.Write(content);
            }
        }
        return buffer.ToArray();
    }

    private static List<int> Offsets(byte[] bytes, byte[] signature)
    {
        var found = new List<int>();
        for (var at = bytes.AsSpan().IndexOf(signature); at >= 0;)
        {
            found.Add(at);
            var next = bytes.AsSpan(at + 1).IndexOf(signature);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return found.Count > 0 ? found : [0];
    }
}
