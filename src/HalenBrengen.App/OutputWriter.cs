namespace HalenBrengen.App;

/// <summary>
/// Writes an output atomically: a temporary file in the same folder, then a rename, so an interrupted
/// run never leaves a half-written deck. When writing fails, the message names the real cause: the
/// folder is a file, lies under a file, may not be written, the disk is full or read-only, the name is
/// too long, a folder is in the way, or the old file is still open (in PowerPoint).
/// </summary>
public static class OutputWriter
{
    /// <summary>The words of every reason: Dutch, like everything the command line reports (<see cref="ReportTexts"/>).</summary>
    private static ReportTexts Reasons => Words.Nl.Reports;

    /// <summary>
    /// Makes the folder when it is not there and tries it once with an empty temporary file. Null when the
    /// outputs can be written into it, else why not, so a run says it once instead of per file.
    /// </summary>
    public static string? PrepareFolder(string folder)
    {
        var full = Path.GetFullPath(folder);
        // A link to nothing "exists" as a link but is neither a file nor a folder: said as what it is.
        if (new FileInfo(full) is { LinkTarget: { } target } link && link.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
            return Reasons.OutDangling.Fill(full, target);
        if (File.Exists(full))
            return Reasons.OutIsFile.Fill(full);
        // The nearest folder that exists: a new folder is made in it, so that is where writing must be allowed.
        var existing = full;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            if (File.Exists(parent))
                return Reasons.OutUnderFile.Fill(full, parent);
            existing = parent;
        }
        var probe = Path.Combine(full, TemporaryName());
        try
        {
            Directory.CreateDirectory(full);
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write)) { }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Cause(e, Directory.Exists(full) ? full : existing, target: null);
        }
        finally
        {
            TryDelete(probe);
        }
    }

    /// <summary>
    /// Writes like <see cref="Write"/>, unless the file is there with other contents: a workbook the group may have
    /// filled in is never overwritten by a later run (it is kept, and said so).
    /// </summary>
    public static OutputFile WriteUnlessChanged(string folder, string name, byte[] content, IReadOnlySet<string> inputs)
    {
        var path = Path.GetFullPath(Path.Combine(folder, name));
        try
        {
            if (File.Exists(path) && !File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
                return new OutputFile(path, Kept: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable (held open in Excel, no permission): as good as changed, so kept.
            return new OutputFile(path, Kept: true);
        }
        return Write(folder, name, content, inputs);
    }

    public static OutputFile Write(string folder, string name, byte[] content, IReadOnlySet<string> inputs)
    {
        var path = Path.GetFullPath(Path.Combine(folder, name));
        if (inputs.Contains(path))
            return new OutputFile(path, Reasons.IsInput);
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, TemporaryName());
        var replacing = false;
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(temporary, content);
            replacing = true;
            File.Move(temporary, path, overwrite: true);
            return new OutputFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new OutputFile(path, Reasons.NotWrittenBecause.Fill(Cause(e, directory, replacing ? path : null)));
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// The temporary name an output is written under: short and of fixed length (50 bytes), so it never
    /// makes a name too long, and hidden (a leading dot), so an interrupted run leaves nothing in sight.
    /// </summary>
    private static string TemporaryName() => $".halenbrengen-{Guid.NewGuid():N}.tmp";

    /// <summary>
    /// Why writing failed. <paramref name="target"/> is the output being replaced, when the
    /// temporary file was written and only the rename onto it failed.
    /// </summary>
    private static string Cause(Exception error, string folder, string? target)
    {
        if (error is PathTooLongException)
            return Reasons.NameTooLong;
        if (target is not null && Directory.Exists(target))
            return Reasons.FolderInTheWay;
        if (target is not null && File.Exists(target) && File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly))
            return Reasons.ReadOnlyFile;
        if (error is IOException io && IsError(io, unix: 30, windows: [19]))
            return Reasons.ReadOnlyDisk.Fill(folder);
        if (error is IOException full && IsError(full, unix: 28, windows: [39, 112]))
            return Reasons.DiskFull;
        // Writing the temporary file worked, so the folder is writable: the old file is held open, which on
        // Windows is what PowerPoint does with a presentation it shows (access denied or a sharing violation),
        // Excel with a workbook and a PDF reader with a PDF.
        if (target is not null && File.Exists(target))
            return Reasons.HeldOpen.Fill(HeldOpenBy(target));
        if (error is UnauthorizedAccessException)
            return Reasons.NotAllowed.Fill(folder);
        if (error is DirectoryNotFoundException)
            return Reasons.FolderGone.Fill(folder);
        return Reasons.WriteFailed;
    }

    /// <summary>The program a file of this kind is most likely open in.</summary>
    private static string HeldOpenBy(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".pdf" => Reasons.PdfReader,
        ".xlsx" => "Excel",
        ".pptx" => "PowerPoint",
        _ => Reasons.OtherProgram,
    };

    /// <summary>
    /// Whether an I/O error is one of these: on Linux and macOS .NET keeps the errno as the HResult of an error
    /// it has no own type for (EROFS 30 and ENOSPC 28 on both); on Windows the HResult wraps the Win32 code
    /// (ERROR_WRITE_PROTECT 19, ERROR_HANDLE_DISK_FULL 39, ERROR_DISK_FULL 112).
    /// </summary>
    private static bool IsError(IOException error, int unix, int[] windows) => OperatingSystem.IsWindows()
        ? (error.HResult & unchecked((int)0xFFFF0000)) == unchecked((int)0x80070000) && windows.Contains(error.HResult & 0xFFFF)
        : error.HResult == unix;

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
                File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary file that cannot be removed is hidden and harmless; the real problem was reported.
        }
    }
}
