using System.IO.Compression;
using HalenBrengen.Layout;
using Picture = HalenBrengen.Layout.Style.Picture;

namespace HalenBrengen.Pptx;

/// <summary>
/// The package's images (ppt/media, ECMA-376 Part 1, 15.2.14): each picture the slides draw, once, however
/// many slides draw it (the logo is on all of them). Images are already compressed, so they are stored.
/// </summary>
internal sealed class Media
{
    private readonly List<Picture> _pictures;

    private Media(List<Picture> pictures) => _pictures = pictures;

    public static Media Of(PresentationPlan plan) =>
        new(plan.Slides.SelectMany(s => s.Elements.OfType<PictureElement>()).Select(p => p.Image).Distinct().ToList());

    /// <summary>The slide's n-th picture's relationship.</summary>
    public static string RelationshipId(int number) => $"rIdImage{number}";

    public string PartOf(Picture picture) => $"ppt/media/image{_pictures.IndexOf(picture) + 1}.{picture.Extension}";

    /// <summary>Default content types for the images' extensions (Part 2, 10.1.2.2.2), in the order first drawn.</summary>
    public IEnumerable<(string, string)> ContentTypes => _pictures.Select(p => (p.Extension, p.ContentType)).Distinct();

    public void Write(PackageWriter package)
    {
        foreach (var picture in _pictures)
            package.Part(PartOf(picture), picture.Content, CompressionLevel.NoCompression);
    }
}
