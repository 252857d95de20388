using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace HalenBrengen.Pptx.Tests.Support;

/// <summary>A PNG written byte by byte (ISO/IEC 15948: signature, IHDR, one IDAT of zlib data, IEND), no image library.</summary>
public static class Png
{
    /// <summary>An 8-bit RGB image whose pixels <paramref name="colour"/> gives as 0xRRGGBB.</summary>
    public static byte[] Make(int width, int height, Func<int, int, int> colour)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < width; x++)
            {
                var c = colour(x, y);
                raw.WriteByte((byte)(c >> 16));
                raw.WriteByte((byte)(c >> 8));
                raw.WriteByte((byte)c);
            }
        }
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
            raw.WriteTo(zlib);

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", data.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A logo-like picture: a coloured block with a white bar, wider than high.</summary>
    public static byte[] Logo(int colour = 0x0B6E4F) =>
        Make(120, 40, (x, y) => x is > 10 and < 110 && y is > 16 and < 24 ? 0xFFFFFF : colour);

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
