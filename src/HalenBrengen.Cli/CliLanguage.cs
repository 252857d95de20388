using HalenBrengen.Core;

namespace HalenBrengen.Cli;

/// <summary>
/// Which language the command line speaks: its help and usage messages, and generate's default language.
/// The words themselves are in <see cref="Words"/> (<c>Words.For(language).Cli</c>).
/// </summary>
internal static class CliLanguage
{
    /// <summary>The environment variable that makes help and usage messages, and generate's default language, English.</summary>
    public const string Variable = "HALENBRENGEN_LANG";

    /// <summary>
    /// The language of the help and usage messages: <c>--lang</c> anywhere on the command line (nl or en, in
    /// any case), else <see cref="Variable"/>, else Dutch.
    /// </summary>
    public static Language Choose(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal) ? args[i][7..]
                : null;
            if (Parse(value) is { } chosen)
                return chosen;
        }
        return Default(environment);
    }

    /// <summary>The language <see cref="Variable"/> asks for (en, en-GB, EN…), else Dutch.</summary>
    public static Language Default(Func<string, string?> environment) =>
        environment(Variable)?.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? Language.En : Language.Nl;

    /// <summary>nl or en, ignoring case and surrounding spaces; null for anything else.</summary>
    public static Language? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "nl" => Language.Nl,
        "en" => Language.En,
        _ => null,
    };

    public static string Code(Language language) => language == Language.En ? "en" : "nl";
}
