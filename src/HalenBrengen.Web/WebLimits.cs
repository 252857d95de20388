namespace HalenBrengen.Web;

/// <summary>What the web app accepts, stated once; the README lists these for facilitators.</summary>
public static class WebLimits
{
    /// <summary>Largest request: all uploaded workbooks together.</summary>
    public const long MaxRequestBytes = 60L * 1024 * 1024;

    /// <summary>Most workbooks in one request (a large coalition, its krachtenveld and some spare).</summary>
    public const int MaxFiles = 60;

    /// <summary>Generations that run at once; further requests wait up to <see cref="BusyWait"/>, then get a busy answer.</summary>
    public static readonly int ConcurrentGenerations = Math.Max(1, Environment.ProcessorCount);

    public static readonly TimeSpan BusyWait = TimeSpan.FromSeconds(60);
}
