using HalenBrengen.Layout;
using static HalenBrengen.Pptx.PartXml;

namespace HalenBrengen.Pptx;

/// <summary>
/// The presentation part (ECMA-376 Part 1, 19.2.1.26 presentation): its master, notes master and slides by
/// relationship, the slide and notes page sizes, and the default text style in the look's body font.
/// </summary>
internal static class PresentationXml
{
    /// <summary>The first id a slide master may have (19.2.1.34 sldMasterId: 2147483648 and up); its layouts follow it.</summary>
    public const long MasterId = 2147483648;

    /// <summary>The first slide's id (19.2.1.33 sldId: 256 and up).</summary>
    private const long FirstSlideId = 256;

    public static void Write(Stream output, PresentationPlan plan) => PartXml.Write(output, x =>
    {
        x.Root(P, "presentation", Declared);
        x.Attribute("saveSubsetFonts", true);
        x.Start(P, "sldMasterIdLst");
        x.Start(P, "sldMasterId");
        x.Attribute("id", MasterId);
        x.Attribute(R, "id", "rIdMaster");
        x.End();
        x.End();
        x.Start(P, "notesMasterIdLst");
        x.Start(P, "notesMasterId");
        x.Attribute(R, "id", "rIdNotesMaster");
        x.End();
        x.End();
        x.Start(P, "sldIdLst");
        for (var i = 0; i < plan.Slides.Count; i++)
        {
            x.Start(P, "sldId");
            x.Attribute("id", FirstSlideId + i);
            x.Attribute(R, "id", SlideWriter.Relationship(i));
            x.End();
        }
        x.End();
        Size(x, "sldSz", plan.Width, plan.Height);
        Size(x, "notesSz", plan.Master.Notes.Width, plan.Master.Notes.Height);
        x.Start(P, "defaultTextStyle");
        x.Start(A, "lvl1pPr");
        x.Start(A, "defRPr");
        x.Attribute("lang", plan.LanguageTag);
        x.Latin(plan.Look.Body.Name);
        x.End();
        x.End();
        x.End();
        x.End();
    });

    private static void Size(System.Xml.XmlWriter x, string name, Emu width, Emu height)
    {
        x.Start(P, name);
        x.Attribute("cx", width.Value);
        x.Attribute("cy", height.Value);
        x.End();
    }
}
