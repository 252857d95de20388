using System.Buffers;

namespace HalenBrengen.Pptx;

/// <summary>
/// A seekable, growing buffer on pooled arrays, where a package's zip is built before it is copied out
/// once at its exact size. A MemoryStream doubles into fresh arrays (a deck of 600 kB cost 2 MB of them,
/// on the large object heap) and then copies; these arrays go back to the pool for the next package.
/// Seekable, so that ZipArchive writes each entry's sizes into its local header, not a data descriptor.
/// </summary>
internal sealed class PooledBuffer : Stream
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _length;
    private int _position;
    private bool _disposed;

    public override bool CanRead => !_disposed;
    public override bool CanSeek => !_disposed;
    public override bool CanWrite => !_disposed;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value is >= 0 and <= int.MaxValue ? (int)value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>The bytes written, in an array of their own.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        SeekOrigin.End => _length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public override void SetLength(long value)
    {
        var length = value is >= 0 and <= int.MaxValue ? (int)value : throw new ArgumentOutOfRangeException(nameof(value));
        Reserve(length);
        if (length > _length)
            _buffer.AsSpan(_length, length - _length).Clear();
        _length = length;
        _position = Math.Min(_position, _length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = Math.Max(0, Math.Min(buffer.Length, _length - _position));
        _buffer.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var end = checked(_position + buffer.Length);
        Reserve(end);
        if (_position > _length)
            _buffer.AsSpan(_length, _position - _length).Clear(); // a pooled array is not zeroed
        buffer.CopyTo(_buffer.AsSpan(_position));
        _position = end;
        _length = Math.Max(_length, end);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() { }

    private void Reserve(int size)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (size <= _buffer.Length)
            return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(size, 2 * _buffer.Length));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
        base.Dispose(disposing);
    }
}
