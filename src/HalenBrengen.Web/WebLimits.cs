namespace HalenBrengen.Web;

/// <summary>What the web app accepts, stated once; the README lists these for facilitators.</summary>
public static class WebLimits
{
    /// <summary>Largest request: all uploaded workbooks together.</summary>
    public const long MaxRequestBytes = 60L * 1024 * 1024;

    /// <summary>Most workbooks in one request (a large coalition, its krachtenveld and some spare).</summary>
    public const int MaxFiles = 60;

    /// <summary>Form entries (files and fields) the form reader parses before it gives up on a request.</summary>
    public const int MaxFormEntries = 1024;

    /// <summary>
    /// Requests that read, check or generate at once; further requests wait up to <see cref="BusyWait"/>,
    /// with their upload not yet read, then get a busy answer.
    /// </summary>
    public static readonly int ConcurrentUploads = Math.Max(1, Environment.ProcessorCount);

    public static readonly TimeSpan BusyWait = TimeSpan.FromSeconds(60);
}
