using System.Text;
using System.Text.RegularExpressions;
using HalenBrengen.Web.Tests.Support;

namespace HalenBrengen.Web.Tests;

/// <summary>
/// The page and the task pane load their scripts, style and worker under content-hashed names, each naming the next,
/// and the runtime's entry with its hash as a query: Office's WebView2 (or any browser) may cache a file as long as it
/// likes, and a new page still never runs with an old generator (issue 21, item 6).
/// </summary>
public sealed partial class VersionedAssetsTests
{
    [Fact]
    public void Every_script_and_style_the_pages_load_is_named_by_its_content_and_names_the_next_so()
    {
        var files = SiteBundle.WithStandIn(() => Site.Files(new Uri("https://example.org/halenbrengen/"))).ToDictionary(f => f.Path, StringComparer.Ordinal);
        string TextOf(string path) => Encoding.UTF8.GetString(files[path].Content);

        foreach (var page in new[] { "index.html", "taskpane.html" })
        {
            var loaded = Loaded().Matches(TextOf(page)).Select(m => m.Groups[1].Value).Where(p => !p.StartsWith("https://", StringComparison.Ordinal) && (p.EndsWith(".js", StringComparison.Ordinal) || p.EndsWith(".css", StringComparison.Ordinal))).ToList();
            Assert.Equal(4, loaded.Count); // engine, app, task pane script, style
            foreach (var path in loaded)
            {
                Assert.True(files.ContainsKey(path), $"{page} loads {path}, which the site does not have");
                Assert.Equal(Site.HashedName(Unhashed(path), files[path].Content), path);
            }
        }
        // No unversioned copy is left for an old page to find.
        foreach (var name in new[] { "engine.js", "app.js", "taskpane.js", "app.css", "worker.js" })
            Assert.False(files.ContainsKey(name), name);

        // The engine starts the worker by its hashed name; the worker asks for the runtime's entry with its hash.
        var engine = files.Keys.Single(k => k.StartsWith("engine.", StringComparison.Ordinal));
        var worker = WorkerName().Match(TextOf(engine)).Groups[1].Value;
        Assert.True(files.ContainsKey(worker), worker);
        Assert.Equal(Site.HashedName("worker.js", files[worker].Content), worker);
        Assert.Contains($"\"./_framework/dotnet.js?v={Site.Hash(files["_framework/dotnet.js"].Content)}\"", TextOf(worker), StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_to_a_script_changes_its_name_and_the_names_of_what_loads_it()
    {
        var before = SiteBundle.WithStandIn(() => Site.Files(new Uri("https://example.org/")));
        var changedRuntime = SiteBundle.WithStandIn(() =>
        {
            var folder = Environment.GetEnvironmentVariable("HALENBRENGEN_BUNDLE")!;
            var path = Path.Combine(folder, "_framework", "dotnet.js");
            var original = File.ReadAllText(path);
            File.WriteAllText(path, original + "// a new runtime\n");
            try
            {
                return Site.Files(new Uri("https://example.org/"));
            }
            finally
            {
                File.WriteAllText(path, original);
            }
        });
        static string Named(IReadOnlyList<SiteFile> files, string stem) =>
            files.Single(f => f.Path.StartsWith(stem + ".", StringComparison.Ordinal) && f.Path.EndsWith(".js", StringComparison.Ordinal) && !f.Path.Contains('/')).Path;

        // A new runtime: a new worker (it asks for the new one), so a new engine (it starts the new worker).
        Assert.NotEqual(Named(before, "worker"), Named(changedRuntime, "worker"));
        Assert.NotEqual(Named(before, "engine"), Named(changedRuntime, "engine"));
        Assert.Equal(Named(before, "app"), Named(changedRuntime, "app"));
    }

    private static string Unhashed(string path) => HashInName().Replace(path, "$1$2");

    [GeneratedRegex(@"(?:<script[^>]* src|<link[^>]* href)=""([^""]+)""")]
    private static partial Regex Loaded();

    [GeneratedRegex(@"new Worker\(""([^""]+)""")]
    private static partial Regex WorkerName();

    [GeneratedRegex(@"^([\w-]+)\.[0-9a-f]{10}(\.\w+)$")]
    private static partial Regex HashInName();
}
