using HalenBrengen.Core;

namespace HalenBrengen.Layout.Texts;

/// <summary>Every fixed text of the A0 posters, one table per language.</summary>
public sealed class PosterTexts
{
    public required Language Language { get; init; }

    public required string NoHeadline { get; init; }
    public required string HeadlineLabel { get; init; }
    public required string AmbitionLabel { get; init; }
    public required string Interest { get; init; }
    public required string SharedInterest { get; init; }
    public required string Ambition { get; init; }
    public required string Headline { get; init; }
    public required string Gets { get; init; }
    public required string Brings { get; init; }
    public required string Demand { get; init; }
    public required string DemandMeaning { get; init; }
    public required string NothingYet { get; init; }
    public required string NoCard { get; init; }
    public required string WorkSheet { get; init; }
    public required string NextSheet { get; init; }
    public required string OwnPoster { get; init; }

    public static PosterTexts For(Language language) => language == Language.En ? English : Dutch;

    public static readonly PosterTexts Dutch = new()
    {
        Language = Language.Nl,
        NoHeadline = "Onze krantenkop: nog te kiezen",
        HeadlineLabel = "Krantenkop",
        AmbitionLabel = "Onze ambitie",
        Interest = "Eigen belang",
        SharedInterest = "Gezamenlijk belang",
        Ambition = "Ambitie in eigen woorden",
        Headline = "Voorgestelde krantenkop",
        Gets = "Wil halen",
        Brings = "Kan brengen",
        Demand = "EIS",
        DemandMeaning = "eis, niet onderhandelbaar",
        NothingYet = "(nog niets ingevuld)",
        NoCard = "Voor deze partij is nog geen belangenkaart ingevuld.",
        WorkSheet = "werkvel",
        NextSheet = "vervolg op het volgende vel",
        OwnPoster = "alles op de eigen poster",
    };

    public static readonly PosterTexts English = new()
    {
        Language = Language.En,
        NoHeadline = "Our headline: still to choose",
        HeadlineLabel = "Headline",
        AmbitionLabel = "Our ambition",
        Interest = "Own interest",
        SharedInterest = "Shared interest",
        Ambition = "Ambition in its own words",
        Headline = "Proposed headline",
        Gets = "Wants to get",
        Brings = "Can bring",
        Demand = "DEMAND",
        DemandMeaning = "not negotiable",
        NothingYet = "(nothing filled in yet)",
        NoCard = "No interest card has been filled in for this party yet.",
        WorkSheet = "work sheet",
        NextSheet = "continued on the next sheet",
        OwnPoster = "everything on its own poster",
    };
}
