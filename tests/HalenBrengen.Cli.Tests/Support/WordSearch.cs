using System.Text.RegularExpressions;

namespace HalenBrengen.Cli.Tests;

/// <summary>"Nothing lost" as a check: a text's words appear in the output, in order (line breaks and continuations aside).</summary>
internal static partial class WordSearch
{
    public static List<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value).ToList();

    public static bool IsSubsequence(List<string> words, List<string> all)
    {
        if (words.Count == 0) return true;
        for (var start = 0; start < all.Count; start++)
        {
            if (all[start] != words[0]) continue;
            var i = 0;
            for (var j = start; j < all.Count && i < words.Count; j++)
                if (all[j] == words[i]) i++;
            if (i == words.Count) return true;
        }
        return false;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
