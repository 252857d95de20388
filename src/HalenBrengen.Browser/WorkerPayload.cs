using System.Buffers.Binary;
using System.Text.Json;
using HalenBrengen.App;

namespace HalenBrengen.Browser;

/// <summary>
/// What crosses between worker.js and .NET in one call, as flat arrays. [JSExport] marshals flat arrays but no
/// array of arrays, so the workbooks come in as their names, their lengths and their bytes one after
/// the other; what generate made goes out as one byte array: a 4-byte little-endian length, a UTF-8
/// JSON header (the check, the earlier round's check or null, each file's name, kind and length, and what
/// the house style needed said: styleNotes, styleProblem), then the files' bytes in order.
/// </summary>
public static class WorkerPayload
{
    /// <summary>Cuts the concatenated bytes back into files.</summary>
    public static IReadOnlyList<FileContent> Files(string[] names, int[] lengths, byte[] contents)
    {
        if (names.Length != lengths.Length || lengths.Any(l => l < 0) || lengths.Sum(l => (long)l) != contents.LongLength)
            throw new ArgumentException($"{names.Length} names, {lengths.Length} lengths summing to {lengths.Sum(l => (long)l)}, {contents.Length} bytes: they do not fit.");
        var files = new List<FileContent>(names.Length);
        var offset = 0;
        for (var i = 0; i < names.Length; i++)
        {
            files.Add(new FileContent(names[i], contents.AsSpan(offset, lengths[i]).ToArray()));
            offset += lengths[i];
        }
        return files;
    }

    /// <summary>What generate gave (the check, the earlier round's check when one was given, every file made), as one array for the worker to cut up.</summary>
    public static byte[] Generated(Generation generation, bool strict)
    {
        var files = generation.Files;
        var header = Header(CheckSummary.Of(generation.Check, strict), files,
            generation.PreviousCheck is { } earlier ? CheckSummary.Of(earlier, strict) : null, generation.StyleNotes, generation.StyleProblem);
        var total = 4L + header.Length + files.Sum(f => (long)f.Content.Length);
        var parcel = new byte[checked((int)total)];
        BinaryPrimitives.WriteInt32LittleEndian(parcel, header.Length);
        header.CopyTo(parcel, 4);
        var offset = 4 + header.Length;
        foreach (var file in files)
        {
            file.Content.CopyTo(parcel, offset);
            offset += file.Content.Length;
        }
        return parcel;
    }

    private static byte[] Header(CheckJson check, IReadOnlyList<RenderedFile> files, CheckJson? previous, IReadOnlyList<string> styleNotes, string? styleProblem)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("check");
            json.WriteRawValue(CheckSummary.ToJson(check));
            json.WritePropertyName("previous");
            if (previous is null)
                json.WriteNullValue();
            else
                json.WriteRawValue(CheckSummary.ToJson(previous));
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStartObject();
                json.WriteString("name", file.Name);
                // GeneratedKind's names, by which the page words each file (app.js: "kind" + the name, a key of PageTexts): Deck, Briefing, CombinedMap, PartnerPoster, WorkSheet.
                json.WriteString("kind", file.Kind.ToString());
                json.WriteNumber("length", file.Content.Length);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("styleNotes");
            foreach (var note in styleNotes)
                json.WriteStringValue(note);
            json.WriteEndArray();
            if (styleProblem is null)
                json.WriteNull("styleProblem");
            else
                json.WriteString("styleProblem", styleProblem);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
