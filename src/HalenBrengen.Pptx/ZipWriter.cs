using System.IO.Compression;

namespace HalenBrengen.Pptx;

/// <summary>
/// The one zip writer, deterministic by construction (rule 7): entries in the order written, each stamped
/// with one fixed time, no data descriptors (the output must be seekable, so the sizes are written in each
/// local header), no extra fields. Same entries in, same bytes out: the decks and posters
/// (<see cref="PackageWriter"/>), the blank forms re-packed, and "download everything" all go through it.
/// </summary>
public sealed class ZipWriter : IDisposable
{
    /// <summary>Every entry's DOS date and time: no clock, same bytes.</summary>
    private static readonly DateTimeOffset Stamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ZipArchive _zip;
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    /// <param name="output">A seekable stream: the sizes then go in each local header, with no data descriptor after the data.</param>
    public ZipWriter(Stream output)
    {
        if (!output.CanSeek)
            throw new ArgumentException("a zip is written to a seekable stream, so no entry needs a data descriptor", nameof(output));
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
    }

    /// <summary>Files as one zip, in the order given.</summary>
    public static byte[] Of(IEnumerable<(string Name, byte[] Content)> files, CompressionLevel level)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipWriter(buffer))
        {
            foreach (var (name, content) in files)
                zip.Entry(name, content, level);
        }
        return buffer.ToArray();
    }

    /// <summary>An entry from its bytes.</summary>
    public void Entry(string name, ReadOnlySpan<byte> content, CompressionLevel level)
    {
        using var stream = Entry(name, level);
        stream.Write(content);
    }

    /// <summary>The writable stream of a new entry; dispose it before the next entry.</summary>
    public Stream Entry(string name, CompressionLevel level)
    {
        if (!_written.Add(name))
            throw new InvalidOperationException($"entry {name} written twice");
        var entry = _zip.CreateEntry(name, level);
        entry.LastWriteTime = Stamp;
        return new Unflushed(entry.Open());
    }

    /// <summary>Ends the zip: writes its central directory.</summary>
    public void Dispose() => _zip.Dispose();
}

/// <summary>
/// An entry's stream that ignores Flush: XmlWriter and the SDK's Save flush when they close, and a flushed
/// DeflateStream ends its block there (a sync flush, some bytes each time and a worse compression).
/// </summary>
internal sealed class Unflushed(Stream inner) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    public override void WriteByte(byte value) => inner.WriteByte(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
