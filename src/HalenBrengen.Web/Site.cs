using System.Reflection;
using System.Security;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HalenBrengen.App;

namespace HalenBrengen.Web;

/// <summary>A file of the static site: its path under the site's address, its bytes and its media type.</summary>
public sealed record SiteFile(string Path, byte[] Content, string ContentType);

/// <summary>
/// The complete static site: the page (index.html), the Office task pane (taskpane.html: the same page
/// with Office.js), the generator as WebAssembly (worker.js and _framework/), the blank forms, the example
/// workbooks to try it on, and the add-in manifest pointing at the site's address. Any HTTPS static host
/// can serve it; <c>serve</c> serves the same files on this computer. Nothing in it talks to a server of
/// ours: checking and generating happen in the browser. The site is composed here, once, and not in App:
/// App knows no page, manifest or WebAssembly bundle (the bundle is built from the Browser project, which
/// itself stands on App), and what the site holds of App (the forms, the example) comes through its door.
/// </summary>
public static partial class Site
{
    /// <summary>Office.js from Microsoft's CDN, as Microsoft requires of add-ins; only the task pane loads it.</summary>
    public const string OfficeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    /// <summary>
    /// The page's policy, in a meta element so every static host applies it: its own files only, and the
    /// WebAssembly compiled from them ('wasm-unsafe-eval'); the task pane also loads Office.js.
    /// </summary>
    public static string Policy(bool taskPane) =>
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" + (taskPane ? " https://appsforoffice.microsoft.com" : "") +
        "; worker-src 'self'; img-src 'self' data: blob:; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'";

    /// <summary>The folder the blank forms are in, and the example's.</summary>
    public const string FormsFolder = "formulieren";
    public const string ExampleFolder = "voorbeeld";

    /// <summary>The address as a folder: "https://host/path" becomes "https://host/path/"; query and fragment go.</summary>
    public static Uri Address(Uri address)
    {
        var builder = new UriBuilder(address) { Query = string.Empty, Fragment = string.Empty };
        if (!builder.Path.EndsWith('/'))
            builder.Path += "/";
        return builder.Uri;
    }

    /// <summary>The blank forms and the example, repacked once per process rather than each time the site is asked for.</summary>
    private static readonly Lazy<(IReadOnlyList<FileContent> Forms, IReadOnlyList<FileContent> Example)> Workbooks =
        new(() => (UseCases.Templates(), UseCases.Example()));

    /// <summary>Every file of the site, for a site published at <paramref name="address"/> (ending in '/').</summary>
    public static IReadOnlyList<SiteFile> Files(Uri address)
    {
        var files = new List<SiteFile>();
        var bundle = BrowserBundle.Files();
        var (scripts, assets) = Versioned(bundle);
        var page = Encoding.UTF8.GetString(Embedded("index.html"));
        foreach (var (name, versioned) in assets)
            page = page.Replace($"\"{name}\"", $"\"{versioned.Path}\"", StringComparison.Ordinal);
        files.Add(Text("index.html", Page(page, taskPane: false), "text/html; charset=utf-8"));
        files.Add(Text("taskpane.html", Page(page, taskPane: true), "text/html; charset=utf-8"));
        files.AddRange(assets.Values);
        foreach (var name in new[] { "icon-32.png", "icon-80.png" })
            files.Add(new SiteFile(name, Embedded(name), TypeOf(name)));
        files.Add(Text("manifest.xml", AddinManifest.Xml(address), "application/xml; charset=utf-8"));
        var (forms, example) = Workbooks.Value;
        files.AddRange(forms.Select(f => new SiteFile($"{FormsFolder}/{f.Name}", f.Content, TypeOf(f.Name))));
        files.AddRange(example.Select(f => new SiteFile($"{ExampleFolder}/{f.Name}", f.Content, TypeOf(f.Name))));
        files.Add(Text($"{ExampleFolder}/bestanden.txt", string.Concat(example.Select(f => f.Name + "\n")), "text/plain; charset=utf-8"));
        files.AddRange(scripts);
        return files;
    }

    /// <summary>
    /// The page's scripts and style, and the worker, under names that hold a hash of their content ("app.3f9c0a1b2d.js"),
    /// each naming the next by its hashed name; the runtime's entry (dotnet.js, whose name the runtime keeps) asked for
    /// with its hash as a query. A browser or Office's WebView2 may keep a file for as long as it likes: a new page then
    /// never runs with an old generator, because every file it asks for is a new name. The rest of the runtime is
    /// fingerprinted by the .NET publish already.
    /// </summary>
    private static (IReadOnlyList<SiteFile> Bundle, IReadOnlyDictionary<string, SiteFile> Page) Versioned(IReadOnlyList<(string Path, byte[] Content)> bundle)
    {
        var worker = bundle.FirstOrDefault(f => f.Path == "worker.js");
        var dotnet = bundle.FirstOrDefault(f => f.Path == "_framework/dotnet.js");
        var workerName = "worker.js";
        var rest = bundle.Where(f => f.Path != "worker.js").Select(f => new SiteFile(f.Path, f.Content, TypeOf(f.Path))).ToList();
        if (worker.Content is { } workerContent)
        {
            var text = Encoding.UTF8.GetString(workerContent);
            if (dotnet.Content is { } runtime && text.Contains(DotnetImport, StringComparison.Ordinal))
                text = text.Replace(DotnetImport, $"\"./_framework/dotnet.js?v={Hash(runtime)}\"", StringComparison.Ordinal);
            var content = Encoding.UTF8.GetBytes(text);
            workerName = HashedName("worker.js", content);
            rest.Insert(0, new SiteFile(workerName, content, TypeOf(workerName)));
        }
        var page = new Dictionary<string, SiteFile>(StringComparer.Ordinal);
        foreach (var name in new[] { "engine.js", "app.js", "taskpane.js", "app.css" })
        {
            var content = Embedded(name);
            if (name == "engine.js")
                content = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace("\"worker.js\"", $"\"{workerName}\"", StringComparison.Ordinal));
            var hashed = HashedName(name, content);
            page[name] = new SiteFile(hashed, content, TypeOf(name));
        }
        return (rest, page);
    }

    /// <summary>How worker.js asks for the runtime's entry.</summary>
    private const string DotnetImport = "\"./_framework/dotnet.js\"";

    /// <summary>"app.js" with its content's hash: "app.3f9c0a1b2d.js".</summary>
    public static string HashedName(string name, byte[] content) => $"{Path.GetFileNameWithoutExtension(name)}.{Hash(content)}{Path.GetExtension(name)}";

    /// <summary>The first ten hex digits of the content's SHA-256: enough to tell two versions apart.</summary>
    public static string Hash(byte[] content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content))[..10];

    /// <summary>Writes the site into a folder (made when missing), each file atomically through App's one writer.</summary>
    public static WriteReport Write(string folder, Uri address) =>
        UseCases.Write(folder, Files(address).Select(f => new FileContent(f.Path, f.Content)).ToList());

    /// <summary>
    /// The page, or the task pane: the same page with its policy, and Office.js for the task pane; its words in
    /// both languages, and every element marked data-t="…" already holding its Dutch text, so the page reads
    /// before any script has run.
    /// </summary>
    private static string Page(string page, bool taskPane)
    {
        var head = $"""<meta http-equiv="Content-Security-Policy" content="{Policy(taskPane)}">""";
        if (taskPane)
            head += $"""{"\n  "}<script src="{OfficeJs}"></script>""";
        // A data block, not a script: the policy lets no inline script run, and the JSON escapes '<', so no "</script>".
        var words = $"""<script type="application/json" id="words">{PageWords.Both()}</script>""";
        return Worded(page.Replace("<!-- head -->", head, StringComparison.Ordinal).Replace("<!-- words -->", words, StringComparison.Ordinal));
    }

    /// <summary>Every empty element marked data-t="key" given the Dutch text of that key; an unknown key stops the site being made.</summary>
    private static string Worded(string page)
    {
        using var dutch = JsonDocument.Parse(PageWords.Of(Core.Language.Nl));
        return Marked().Replace(page, m => m.Value[..^2] + SecurityElement.Escape(dutch.RootElement.GetProperty(m.Groups[1].Value).GetString()) + "</");
    }

    /// <summary>An element's start tag marked data-t="key", up to the "&lt;/" of its end tag.</summary>
    [GeneratedRegex(@"data-t=""(\w+)""[^>]*></")]
    private static partial Regex Marked();

    private static SiteFile Text(string path, string text, string type) => new(path, Encoding.UTF8.GetBytes(text), type);

    public static string TypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        ".png" => "image/png",
        ".wasm" => "application/wasm",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    internal static byte[] Embedded(string name)
    {
        using var stream = typeof(Site).Assembly.GetManifestResourceStream("wwwroot/" + name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>
/// The generator built as WebAssembly (src/HalenBrengen.Browser, published): worker.js and _framework/.
/// A release carries it inside (embedded as "bundle/…"); a build from source takes it from that project's
/// publish folder, or from the folder HALENBRENGEN_BUNDLE names.
/// </summary>
public static class BrowserBundle
{
    private const string Prefix = "bundle/";

    public static string? Folder =>
        Environment.GetEnvironmentVariable("HALENBRENGEN_BUNDLE") is { Length: > 0 } named ? named
        : typeof(BrowserBundle).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "BrowserBundle")?.Value;

    /// <summary>Null when the bundle is there; else what to do, as the command line reports it (<see cref="ReportTexts"/>).</summary>
    public static string? Problem => Embedded().Any() || (Folder is { } folder && File.Exists(Path.Combine(folder, "worker.js")))
        ? null
        : Words.Nl.Reports.BundleMissing;

    public static IReadOnlyList<(string Path, byte[] Content)> Files()
    {
        var embedded = Embedded().ToList();
        if (embedded.Count > 0)
        {
            return embedded.Select(name =>
            {
                using var stream = typeof(BrowserBundle).Assembly.GetManifestResourceStream(name)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (name[Prefix.Length..], copy.ToArray());
            }).ToList();
        }
        if (Problem is { } problem)
            throw new InvalidOperationException(problem);
        var root = Folder!;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(Shipped)
            .Order(StringComparer.Ordinal)
            .Select(relative => (relative, File.ReadAllBytes(Path.Combine(root, relative))))
            .ToList();
    }

    /// <summary>
    /// What the site takes from the publish folder: the worker and the runtime with its assemblies, without
    /// precompressed copies (hosts compress themselves) or debug symbols.
    /// </summary>
    public static bool Shipped(string relative)
    {
        var path = relative.Replace(Path.DirectorySeparatorChar, '/');
        return (path == "worker.js" || path.StartsWith("_framework/", StringComparison.Ordinal))
            && Path.GetExtension(path) is not (".br" or ".gz" or ".pdb");
    }

    private static IEnumerable<string> Embedded() =>
        typeof(BrowserBundle).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
