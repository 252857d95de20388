namespace HalenBrengen;

public sealed partial class HouseStyleTexts
{
    /// <summary>What a run says about a house style, in Dutch.</summary>
    internal static readonly HouseStyleTexts Nl = new()
    {
        NotAPackage = "geen PowerPoint-sjabloon (.potx) of presentatie (.pptx)",
        NotAPresentation = "geen presentatie; geef een PowerPoint-sjabloon (.potx) of presentatie (.pptx)",
        NoMaster = "heeft geen diamodel met thema",
        TooLarge = "groter dan {0} MB",
        PartTooLarge = "heeft een onderdeel dat uitgepakt groter is dan {0} MB",
        Damaged = "beschadigd: een onderdeel is geen geldige XML",
        FileMissing = "bestaat niet",
        FileUnreadable = "kan niet gelezen worden",
        LinkDangling = "is een snelkoppeling naar iets dat er niet (meer) is",
        NotAFile = "is geen gewoon bestand (een map, een pijp, een apparaat of leeg)",
        Encrypted = "is met een wachtwoord beveiligd; sla het zonder wachtwoord op en geef het opnieuw",
        Note = "huisstijl: {0}",
        PostersNote = "huisstijl (posters): {0}",
        ColourAdjusted = "{0} #{1} heeft {2}:1 op #{3}; {4} gemaakt: #{5} ({6}:1)",
        Darker = "donkerder",
        Lighter = "lichter",
        ColourReplaced = "{0} #{1} is niet leesbaar te maken; #{2} van de generator gebruikt",
        FontReplaced = "lettertype {0} is niet te meten, dus {1} gebruikt; geef het .ttf-bestand {2} om het te gebruiken",
        FontFileOption = "met --lettertype",
        FontFileAlong = "erbij",
        FontMeasured = "lettertype {0} gemeten uit {1}",
        BoldEstimated = "; zonder het vette bestand is vet {0} breder gerekend",
        FontFileUnused = "{0} ({1}) niet gebruikt: het sjabloon noemt dat lettertype niet",
        FontFileUnreadable = "{0} is geen lettertype dat te meten is ({1})",
        LogoTooLarge = "een afbeelding op het diamodel beslaat {0}% van de dia; niet als logo overgenomen",
        LogoFormat = "het logo is een {0}-afbeelding; alleen PNG, JPEG en GIF worden overgenomen",
        PrintedLight = "de pagina is donker; de A0-posters komen op #{0}, om inkt te sparen en om op te schrijven",
        BackgroundPictureSkipped = "de achtergrondafbeelding is niet gebruikt (op een afbeelding is het contrast van tekst niet te controleren); achtergrond #{0}",
        TextColour = "tekstkleur",
        MutedTextColour = "gedempte tekstkleur",
        AccentColour = "accentkleur 1 (titels)",
        HalenColour = "halen-kleur",
        BrengenColour = "brengen-kleur",
        EisColour = "eis-kleur",
        WarningColour = "waarschuwingskleur",
        RuleColour = "lijnkleur",
    };
}
