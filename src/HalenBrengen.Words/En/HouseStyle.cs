namespace HalenBrengen;

public sealed partial class HouseStyleTexts
{
    /// <summary>What a run says about a house style, in English.</summary>
    internal static readonly HouseStyleTexts En = new()
    {
        NotAPackage = "not a PowerPoint template (.potx) or presentation (.pptx)",
        NotAPresentation = "not a presentation; give a PowerPoint template (.potx) or presentation (.pptx)",
        NoMaster = "has no slide master with a theme",
        TooLarge = "larger than {0} MB",
        PartTooLarge = "has a part that unpacks to more than {0} MB",
        Damaged = "damaged: a part is not valid XML",
        FileMissing = "does not exist",
        FileUnreadable = "cannot be read",
        LinkDangling = "is a link to something that is not there (any more)",
        NotAFile = "is not an ordinary file (a folder, a pipe, a device, or empty)",
        Encrypted = "is protected with a password; save it without one and give it again",
        Note = "house style: {0}",
        PostersNote = "house style (posters): {0}",
        ColourAdjusted = "{0} #{1} has {2}:1 on #{3}; made {4}: #{5} ({6}:1)",
        Darker = "darker",
        Lighter = "lighter",
        ColourReplaced = "{0} #{1} cannot be made readable; the generator's #{2} is used",
        FontReplaced = "font {0} cannot be measured, so {1} is used; give its .ttf file {2} to use it",
        FontFileOption = "with --lettertype",
        FontFileAlong = "too",
        FontMeasured = "font {0} measured from {1}",
        BoldEstimated = "; without its bold file bold is measured {0} wider",
        FontFileUnused = "{0} ({1}) not used: the template does not name that font",
        FontFileUnreadable = "{0} is not a font that can be measured ({1})",
        LogoTooLarge = "a picture on the slide master covers {0}% of the slide; not taken as the logo",
        LogoFormat = "the logo is a {0} picture; only PNG, JPEG and GIF are taken over",
        PrintedLight = "the page is dark; the A0 posters are printed on #{0}, to save ink and to be written on",
        BackgroundPictureSkipped = "the background picture is not used (text on a picture cannot be checked for contrast); background #{0}",
        TextColour = "text colour",
        MutedTextColour = "muted text colour",
        AccentColour = "accent colour 1 (titles)",
        HalenColour = "halen (get) colour",
        BrengenColour = "brengen (bring) colour",
        EisColour = "demand colour",
        WarningColour = "warning colour",
        RuleColour = "line colour",
    };
}
