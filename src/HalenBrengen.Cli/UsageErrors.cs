using System.CommandLine;
using System.Globalization;
using System.CommandLine.Parsing;

namespace HalenBrengen.Cli;

/// <summary>
/// Says what is wrong with a command line, in the facilitator's language. System.CommandLine's own error
/// texts are English only, so each error is worded here from what it is about (a missing command, an
/// unknown word, an option without value, a value not allowed), never from the library's text.
/// </summary>
internal static class UsageErrors
{
    public static void Print(ParseResult parse, CliTexts texts, HelpPage help, TextWriter output, TextWriter error)
    {
        var command = parse.CommandResult.Command;
        var messages = new List<string>();
        // After an unknown command, the words that follow are its arguments: naming the first is enough.
        foreach (var token in command is RootCommand ? parse.UnmatchedTokens.Take(1) : parse.UnmatchedTokens)
            messages.Add(Unknown(token, command, texts));
        foreach (var parseError in parse.Errors.Where(e => e.SymbolResult is not null))
            messages.AddRange(Describe(parseError.SymbolResult!, texts, parse.UnmatchedTokens.Count > 0));
        if (messages.Count == 0)
            messages.Add(texts.NotUnderstood);

        foreach (var message in messages.Distinct(StringComparer.Ordinal))
            error.WriteLine(message);
        if (command is RootCommand && command.Subcommands.Count > 0 && parse.UnmatchedTokens.Count == 0)
        {
            output.WriteLine();
            help.Write(command, output);
            return;
        }
        error.WriteLine(string.Format(CultureInfo.InvariantCulture, texts.SeeHelp, HelpPage.CommandLine(command) + " --help"));
    }

    private static string Unknown(string token, Command command, CliTexts texts)
    {
        if (command is RootCommand)
            return Format(texts, texts.UnknownCommand, token) + Suggestion(token, command.Subcommands.Select(c => c.Name), texts);
        var options = command.Options.SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
        return Format(texts, texts.UnknownWord, token, HelpPage.CommandLine(command)) + Suggestion(token, options, texts);
    }

    private static IEnumerable<string> Describe(SymbolResult result, CliTexts texts, bool unknownWords)
    {
        switch (result)
        {
            case CommandResult { Command: var command } when command.Subcommands.Count > 0 && command.Action is null:
                if (!unknownWords)
                    yield return Format(texts, texts.NoCommand, List(command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name), texts));
                break;
            case CommandResult { Command: var command } commandResult:
                if (command.Options.FirstOrDefault(o => o.Required && commandResult.GetResult(o) is null) is { } required)
                    yield return Format(texts, texts.MissingValue, required.Name, Example(required, texts));
                else if (command.Arguments.Any(a => a.Arity.MinimumNumberOfValues > 0))
                    yield return Missing(command, texts);
                else if (!unknownWords)
                    yield return texts.NotUnderstood;
                break;
            case ArgumentResult { Parent: CommandResult { Command: var command } } argument when argument.Tokens.Count == 0:
                yield return Missing(command, texts);
                break;
            case ArgumentResult { Parent: CommandResult { Command: var command } } argument:
                // A path that starts with a dash and does not exist is a mistyped option (--stirct); any other is not there.
                foreach (var token in argument.Tokens.Where(t => !CommandParts.Exists(t.Value)))
                    yield return token.Value.StartsWith('-') ? Unknown(token.Value, command, texts) : Format(texts, texts.PathNotFound, token.Value);
                break;
            case OptionResult { Option: VersionOption }:
                yield return texts.VersionAlone;
                break;
            case OptionResult { Option.Name: "--vorige" } previous when previous.Tokens.Count > 0:
                foreach (var token in previous.Tokens.Where(t => !CommandParts.Exists(t.Value)))
                    yield return Format(texts, texts.PathNotFound, token.Value);
                break;
            case OptionResult { Option: var option } optionResult:
                yield return OptionValue(option, optionResult.Tokens, texts);
                break;
            case ArgumentResult { Parent: OptionResult { Option: var option } } argument:
                yield return OptionValue(option, argument.Tokens, texts);
                break;
            default:
                yield return texts.NotUnderstood;
                break;
        }
    }

    /// <summary>The one required argument of these commands: the workbooks (<c>check</c>, <c>generate</c>).</summary>
    private static string Missing(Command command, CliTexts texts) => Format(texts, texts.MissingPaths, HelpPage.CommandLine(command));

    private static string OptionValue(Option option, IReadOnlyList<Token> tokens, CliTexts texts) => tokens.Count switch
    {
        0 => Format(texts, texts.MissingValue, option.Name, Example(option, texts)),
        1 => Format(texts, texts.BadValue, tokens[0].Value, option.Name, Allowed(option, texts)),
        _ => Format(texts, texts.TooManyValues, option.Name),
    };

    private static string Example(Option option, CliTexts texts) => option.Name switch
    {
        "--lang" => "en",
        "--port" => "5170",
        "--url" => "https://intranet.example.nl/halenbrengen/",
        "--huisstijl" => "huisstijl.potx",
        "--lettertype" => "OpenSans-Regular.ttf",
        _ => option.HelpName ?? texts.FolderName,
    };

    private static string Allowed(Option option, CliTexts texts) => option.Name switch
    {
        "--lang" => texts.LanguageValues,
        "--port" => texts.PortValues,
        "--url" => texts.UrlValues,
        "--out" => texts.OutValues,
        _ => texts.NotUnderstood,
    };

    /// <summary>
    /// The names close to what was typed: a few letters off ('chek'), its start ('gen'), or the same first
    /// four letters ('genereer', Dutch for generate).
    /// </summary>
    private static string Suggestion(string token, IEnumerable<string> known, CliTexts texts)
    {
        var typed = token.ToLowerInvariant();
        var close = known.Distinct().Where(name => name.StartsWith(typed, StringComparison.Ordinal) && typed.Length >= 2 ||
                                                  typed.Length >= 4 && name.StartsWith(typed[..4], StringComparison.Ordinal) ||
                                                  Distance(typed, name) <= Math.Max(1, name.Length / 3)).ToList();
        return close.Count == 0 ? string.Empty : " " + Format(texts, texts.DidYouMean, List(close.Select(n => $"'{n}'"), texts));
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    private static string List(IEnumerable<string> items, CliTexts texts)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.SkipLast(1))} {texts.Or} {list[^1]}";
    }

    private static string Format(CliTexts texts, string format, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, format, values);
}
