using HalenBrengen.Core.Model;

namespace HalenBrengen.Excel.Package;

/// <summary>
/// A read-only view of a decompressing stream that stops at a byte limit. The size a zip entry declares
/// can lie, so the limit is enforced on what is actually inflated, not on the header.
/// </summary>
internal sealed class BoundedStream(Stream inner, long limit, string partName) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        _read += n;
        if (_read > limit)
        {
            throw new XlsxException(DiagnosticCode.TeGroot, Words.Nl.Problems.PartInflatesTooLarge.Fill(partName, limit / (1024 * 1024)));
        }
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
