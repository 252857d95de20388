using System.Globalization;
using System.Text;

namespace HalenBrengen.Core;

/// <summary>
/// The table <see cref="TextKey.Fold"/> decomposes with: per code point with a decomposition (the Hangul
/// syllables left out), its full compatibility decomposition without combining marks. Written by
/// scripts/make-fold-table.py into Decompositions.txt, embedded in this assembly, and read once, on the
/// first fold that needs it, into two arrays and a string, so folding a word allocates nothing but the key.
/// </summary>
internal sealed class DecompositionTable
{
    private const string ResourceName = "HalenBrengen.Core.Decompositions.txt";

    private readonly int[] _codePoints;
    private readonly ushort[] _ends;
    private readonly string _text;

    private DecompositionTable(int[] codePoints, ushort[] ends, string text)
    {
        _codePoints = codePoints;
        _ends = ends;
        _text = text;
    }

    /// <summary>The table, read from the assembly on first use.</summary>
    public static DecompositionTable Instance { get; } = Load();

    /// <summary>
    /// The decomposition of a code point without its marks (empty when it decomposes to marks only), or
    /// false when it has none.
    /// </summary>
    public bool TryGet(int codePoint, out ReadOnlySpan<char> decomposition)
    {
        var at = Array.BinarySearch(_codePoints, codePoint);
        if (at < 0)
        {
            decomposition = default;
            return false;
        }
        // Each decomposition starts where the previous one ends.
        var start = at == 0 ? 0 : _ends[at - 1];
        decomposition = _text.AsSpan(start, _ends[at] - start);
        return true;
    }

    private static DecompositionTable Load()
    {
        using var stream = typeof(DecompositionTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The fold table '{ResourceName}' is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var codePoints = new List<int>(6000);
        var ends = new List<ushort>(6000);
        var text = new StringBuilder(8000);
        Span<char> pair = stackalloc char[2];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.AsSpan();
            var first = true;
            foreach (var range in fields.Split(' '))
            {
                var code = int.Parse(fields[range], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                if (first)
                    codePoints.Add(code);
                else
                    text.Append(pair[..new Rune(code).EncodeToUtf16(pair)]);
                first = false;
            }
            ends.Add(checked((ushort)text.Length));
        }
        return new DecompositionTable(codePoints.ToArray(), ends.ToArray(), text.ToString());
    }
}
