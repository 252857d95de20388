using System.Text.RegularExpressions;
using HalenBrengen.Core.Tests.Support;

namespace HalenBrengen.Core.Tests;

/// <summary>
/// Small rooms (CONVENTIONS rule 3, issue 22): no source file under src/ (C#, and the page's JavaScript) over
/// 400 lines, no method, constructor or local function over 60 lines of body. Read from the files as text, with the brace
/// style of this code base (a body's braces on lines of their own at the signature's indentation).
/// </summary>
public sealed partial class SizeLimitTests
{
    private const int MostFileLines = 400;
    private const int MostBodyLines = 60;

    [Fact]
    public void No_source_file_is_over_400_lines()
    {
        var over = Sources("*.cs", "*.js").Select(f => (f.Path, Lines: f.Lines.Length))
            .Where(f => f.Lines > MostFileLines)
            .Select(f => $"{f.Path}: {f.Lines} lines").ToList();

        Assert.True(over.Count == 0, "Over " + MostFileLines + " lines:\n" + string.Join("\n", over));
    }

    [Fact]
    public void No_method_is_over_60_lines()
    {
        var over = Sources("*.cs").SelectMany(f => Bodies(f.Lines).Select(b => (f.Path, b.Name, b.Line, b.Length)))
            .Where(b => b.Length > MostBodyLines)
            .Select(b => $"{b.Path}:{b.Line} {b.Name}: {b.Length} lines").ToList();

        Assert.True(over.Count == 0, "Bodies over " + MostBodyLines + " lines:\n" + string.Join("\n", over));
    }

    [Fact]
    public void The_measure_finds_a_long_method_and_passes_over_types_and_initialisers()
    {
        string[] lines =
        [
            "internal sealed class Parser(int size)",
            "{",
            "    private static readonly Words Table = new()",
            "    {",
            "    };",
            "    public static int Long(int a,",
            "        int b)",
            "    {",
            .. Enumerable.Repeat("        a++;", 61),
            "    }",
            "}",
        ];

        var body = Assert.Single(Bodies(lines));
        Assert.Equal(("Long", 61), (body.Name, body.Length));
    }

    private static IEnumerable<(string Path, string[] Lines)> Sources(params string[] patterns)
    {
        var src = Repository.PathOf("src");
        return patterns.SelectMany(pattern => Directory.EnumerateFiles(src, pattern, SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(Repository.Root, p).Replace('\\', '/'))
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(Repository.PathOf(p)).TrimEnd('\n').Split('\n')));
    }

    /// <summary>
    /// Every brace body whose signature (the lines since the last statement, brace or blank line) is a
    /// method, constructor or local function: a name and a parameter list, not a type, a control
    /// statement, an initialiser or a lambda. Its length counts the lines between the braces.
    /// </summary>
    internal static IEnumerable<(string Name, int Line, int Length)> Bodies(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "{" || Signature(lines, i) is not { } name)
                continue;
            var indent = Indentation(lines[i]);
            var end = i + 1;
            while (end < lines.Length && !(lines[end].Trim() == "}" && Indentation(lines[end]) == indent))
                end++;
            yield return (name, i, end - i - 1);
        }
    }

    private static string? Signature(string[] lines, int brace)
    {
        var parts = new List<string>();
        for (var j = brace - 1; j >= 0; j--)
        {
            var line = lines[j].Trim();
            if (line.Length == 0 || line.EndsWith(';') || line.EndsWith('{') || line.EndsWith('}') || line.StartsWith("//", StringComparison.Ordinal)
                || (line.StartsWith('[') && line.EndsWith(']')))
                break;
            parts.Insert(0, line);
        }
        var header = string.Join(' ', parts);
        var beforeParameters = header.Split('(')[0];
        if (header.Length == 0 || beforeParameters.Contains('=') || TypeOrStatement().IsMatch(beforeParameters))
            return null;
        var match = MethodSignature().Match(header);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static int Indentation(string line) => line.Length - line.TrimStart().Length;

    [GeneratedRegex(@"\b(class|struct|record|interface|enum)\b|^(if|else|for|foreach|while|switch|using|catch|lock|try|do|fixed|finally|checked|unchecked|unsafe|return|new|await|yield|var|case|default)\b")]
    private static partial Regex TypeOrStatement();

    [GeneratedRegex(@"^(?:[\w<>\[\],.?() ]+\s+)?(?<name>~?[A-Za-z_]\w*)(?:<[^>]*>)?\s*\(.*\)(?:\s*where\s+.*|\s*:\s*(?:base|this)\s*\(.*\))?$")]
    private static partial Regex MethodSignature();
}
