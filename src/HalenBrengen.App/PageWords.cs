using System.Text.Json;
using System.Text.Json.Serialization;
using HalenBrengen.Core;

namespace HalenBrengen.App;

/// <summary>
/// The page's words (<see cref="PageTexts"/>) as JSON, one object per language under its code: the site puts
/// both in the page, so it reads in either language before and without the WebAssembly part, and the worker
/// takes its own from the WebAssembly part. Property names in camelCase, as the page's data-t keys are.
/// </summary>
public static class PageWords
{
    /// <summary><c>{"nl":{…},"en":{…}}</c>, the page's first language first.</summary>
    public static string Both() => $$"""{"nl":{{Of(Language.Nl)}},"en":{{Of(Language.En)}}}""";

    /// <summary>
    /// One language's words, written without reflection (a trimmed WebAssembly build keeps no metadata for it).
    /// The default encoder escapes '&lt;' and '&amp;', so the JSON can stand inside a script element of the page.
    /// </summary>
    public static string Of(Language language) => JsonSerializer.Serialize(Words.For(language).Page, PageWordsContext.Default.PageTexts);
}

/// <summary>Source-generated serialisation of <see cref="PageTexts"/>: camelCase names.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PageTexts))]
public sealed partial class PageWordsContext : JsonSerializerContext;
