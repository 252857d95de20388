namespace HalenBrengen.Core.Tests.Support;

/// <summary>The checkout the tests run in, found by walking up to the solution file.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HalenBrengen.Office.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("HalenBrengen.Office.sln not found above " + AppContext.BaseDirectory);
    }
}
