using HalenBrengen.Core;
using HalenBrengen.Layout.Style;

namespace HalenBrengen.Layout.Tests;

/// <summary>The contexts plans are made in without a house style, for tests that plan a piece on its own.</summary>
internal static class Contexts
{
    public static readonly PlanContext Session = PlanContext.Session(Look.House, Language.Nl);
    public static readonly PlanContext Briefing = PlanContext.Briefing(Look.House, Language.Nl);
    public static readonly PlanContext Report = PlanContext.Report(Look.House, Language.Nl);
    public static readonly PlanContext Poster = PlanContext.Poster(Look.House, Language.Nl);

    /// <summary>How text is measured in the house look.</summary>
    public static TextLayout Text => Look.House.Text;
}
