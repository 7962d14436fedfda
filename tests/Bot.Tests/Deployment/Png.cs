using System.Buffers.Binary;
using System.IO.Compression;

namespace FocalBot.Bot.Tests.Deployment;

/// Just enough of a PNG reader to check Teams' icon rules: size, colour type and the
/// pixels of 8-bit RGB or RGBA images (the only kinds make-icons.py writes).
internal sealed record Png(int Width, int Height, byte BitDepth, byte ColorType, byte[][] Rows)
{
    public const byte Rgb = 2, GreyAlpha = 4, Rgba = 6;

    public bool HasAlphaChannel => ColorType is GreyAlpha or Rgba;

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var row = Rows[y];
        return ColorType == Rgba
            ? (row[x * 4], row[x * 4 + 1], row[x * 4 + 2], row[x * 4 + 3])
            : (row[x * 3], row[x * 3 + 1], row[x * 3 + 2], (byte)255);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels() =>
        Enumerable.Range(0, Height).SelectMany(y => Enumerable.Range(0, Width).Select(x => Pixel(x, y)));

    static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static Png Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException($"{path} is not a PNG");

        int width = 0, height = 0;
        byte bitDepth = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                bitDepth = data[8];
                colorType = data[9];
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            at += 12 + length;
        }

        if (bitDepth != 8 || colorType is not (Rgb or Rgba)) return new Png(width, height, bitDepth, colorType, []);
        return new Png(width, height, bitDepth, colorType, Unfilter(idat.ToArray(), width, height, colorType == Rgba ? 4 : 3));
    }

    // PNG filters (None, Sub, Up, Average, Paeth) undone row by row, as the spec defines them.
    static byte[][] Unfilter(byte[] compressed, int width, int height, int bytesPerPixel)
    {
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress)) z.CopyTo(inflated);
        var raw = inflated.ToArray();
        var stride = width * bytesPerPixel;
        var rows = new byte[height][];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var row = raw.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0, up = previous[i];
                int upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
                };
                row[i] = (byte)(row[i] + predictor);
            }
            rows[y] = previous = row;
        }
        return rows;
    }

    static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
