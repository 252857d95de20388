using System.Runtime.InteropServices;
using HalenBrengen.Core.Model;
using Microsoft.Win32.SafeHandles;

namespace HalenBrengen.Excel.Package;

/// <summary>
/// Reads a named input file whole into memory: only a regular file, without ever waiting on it, locking it
/// or changing it. Every way this can fail becomes an <see cref="XlsxException"/> with the Dutch reason.
/// </summary>
/// <remarks>
/// A named pipe (FIFO) called <c>kaart.xlsx</c> makes a plain open wait forever for a writer, and .NET has
/// no way to ask a file's type before opening it (a FIFO reports attributes Normal and length 0, like an
/// empty file). So on Linux and macOS the file is opened with POSIX <c>O_NONBLOCK</c>, which returns at
/// once for a FIFO and changes nothing for a regular file; a handle that cannot seek is then not a regular
/// file and is not read. Windows has no FIFOs in its file system (its pipes live under <c>\\.\pipe\</c>).
/// </remarks>
internal static class InputFile
{
    private static readonly ProblemTexts Say = Words.Nl.Problems;

    public static byte[] ReadAll(string path)
    {
        try
        {
            using var stream = new FileStream(Open(path), FileAccess.Read, bufferSize: 0);
            if (!stream.CanSeek)
                throw NotRegular();
            if (stream.Length > XlsxLimits.MaxFileBytes)
                throw XlsxPackage.TooLarge(stream.Length);
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (XlsxException)
        {
            throw;
        }
        catch (UnauthorizedAccessException)
        {
            throw new XlsxException(DiagnosticCode.Beschadigd, Say.NoAccess);
        }
        catch (EndOfStreamException)
        {
            throw new XlsxException(DiagnosticCode.Beschadigd, Say.ChangedWhileRead);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Missing(path);
        }
        catch (IOException)
        {
            throw new XlsxException(DiagnosticCode.Beschadigd, Say.Locked);
        }
    }

    /// <summary>
    /// Whether the file is a regular file that starts as a zip (as every .xlsx does): four bytes read, no
    /// waiting, nothing thrown. For files a folder holds under a name that is not read.
    /// </summary>
    public static bool StartsAsZip(string path)
    {
        try
        {
            using var stream = new FileStream(Open(path), FileAccess.Read, bufferSize: 0);
            Span<byte> start = stackalloc byte[4];
            return stream.CanSeek && stream.ReadAtLeast(start, 4, throwOnEndOfStream: false) == 4 && start.SequenceEqual("PK\u0003\u0004"u8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XlsxException)
        {
            return false;
        }
    }

    /// <summary>Why a listed file is not there (any more): a link to nothing, or removed after the folder was listed.</summary>
    private static XlsxException Missing(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is { } target)
            return new XlsxException(DiagnosticCode.PadNietGevonden, Say.DanglingLink.Fill(target));
        return new XlsxException(DiagnosticCode.PadNietGevonden, Say.Vanished);
    }

    private static XlsxException NotRegular() => new(DiagnosticCode.GeenGewoonBestand, Say.NotRegularFile);

    private static SafeFileHandle Open(string path)
    {
        var flags = NonBlockingFlags();
        if (flags is null)
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var descriptor = OpenPosix(path, flags.Value);
        if (descriptor >= 0)
            return new SafeFileHandle(descriptor, ownsHandle: true);
        var errno = Marshal.GetLastPInvokeError();
        // EACCES and EPERM (13 and 1 on Linux and macOS alike); ENXIO (6): a socket, or a device without driver.
        throw errno switch
        {
            1 or 13 => new UnauthorizedAccessException(),
            6 => NotRegular(),
            _ => File.Exists(path) && new FileInfo(path).LinkTarget is null ? new IOException() : new FileNotFoundException(),
        };
    }

    /// <summary>O_RDONLY | O_NONBLOCK | O_CLOEXEC for this platform, or null where a plain open is used.</summary>
    private static int? NonBlockingFlags()
    {
        if (OperatingSystem.IsLinux())
            return 0x800 | 0x80000;
        if (OperatingSystem.IsMacOS() || OperatingSystem.IsIOS())
            return 0x4 | 0x1000000;
        if (OperatingSystem.IsFreeBSD())
            return 0x4 | 0x100000;
        return null;
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenPosix([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
