using System.Buffers.Binary;
using System.Text;

namespace HalenBrengen.Pptx.Tests.Support;

/// <summary>An entry as it lies in the file: its local header (APPNOTE.TXT 4.3.7), not the central directory's copy.</summary>
public sealed record LocalEntry(string Name, int Flags, int Method, int DosTime, int DosDate, int ExtraLength, long CompressedSize, long Size);

/// <summary>
/// Walks a zip from its first byte, local header after local header, the way a streaming reader does.
/// The walk only works when every local header carries its sizes: an entry with a data descriptor
/// (flag bit 3) ends it, and the test then sees fewer entries than the central directory lists.
/// </summary>
public static class ZipLayout
{
    public const int DataDescriptor = 1 << 3;

    public static IReadOnlyList<LocalEntry> Read(byte[] zip)
    {
        var entries = new List<LocalEntry>();
        var at = 0;
        while (at + 30 <= zip.Length && BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) == 0x04034b50)
        {
            var start = at;
            int U16(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(start + offset));
            var header = zip.AsSpan(at);
            var flags = U16(6);
            var nameLength = U16(26);
            var extraLength = U16(28);
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(header[18..]);
            entries.Add(new LocalEntry(Encoding.UTF8.GetString(header.Slice(30, nameLength)), flags, U16(8), U16(10), U16(12), extraLength,
                compressed, BinaryPrimitives.ReadUInt32LittleEndian(header[22..])));
            if ((flags & DataDescriptor) != 0)
                break;
            at += 30 + nameLength + extraLength + (int)compressed;
        }
        return entries;
    }
}
