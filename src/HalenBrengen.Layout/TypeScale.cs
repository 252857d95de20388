namespace HalenBrengen.Layout;

/// <summary>
/// The sizes of one kind of file, in points: titles, body text, tables and captions, each between its
/// largest and smallest. Titles are always larger than anything else on their slide.
/// </summary>
public sealed record TypeScale(double TitleMax, double TitleMin, double BodyMax, double BodyMin, double TableMax, double TableMin, double Caption)
{
    /// <summary>
    /// The deck projected in the room: every text a room can read from the back, 20 pt and up (tables and
    /// captions too), titles from 32 pt. The front page's headline is the largest text of the deck.
    /// </summary>
    public static readonly TypeScale Session = new(TitleMax: 40, TitleMin: 32, BodyMax: 28, BodyMin: 20, TableMax: 24, TableMin: 20, Caption: 20);

    /// <summary>The facilitator's briefing is read at arm's length, on a laptop or on paper.</summary>
    public static readonly TypeScale Briefing = new(TitleMax: 36, TitleMin: 32, BodyMax: 20, BodyMin: 14, TableMax: 16, TableMin: 14, Caption: 14);

    /// <summary>
    /// The smallest a partner's crib in the briefing is set at: a crib is a sheet read from close by just before
    /// the partner's turn, where there is time for one glance, not for a page turned. Only a crib that the body
    /// size would turn over a page, and a smaller size holds on one, goes that much smaller.
    /// </summary>
    public const double CribMin = 12;

    /// <summary>
    /// The A0 posters, read from two metres: the headline as title, items as body (down to the smallest a
    /// crowded combined map allows), the header and legend lines as captions. The sizes only posters have
    /// (name bars, the partner's own poster, the work sheet's labels) are in <see cref="Posters.PosterSheet"/>.
    /// </summary>
    public static readonly TypeScale Poster = new(TitleMax: 110, TitleMin: 72, BodyMax: 36, BodyMin: 16, TableMax: 36, TableMin: 16, Caption: 20);

    /// <summary>The front page of the session deck: the headline is the largest text in the deck, the lead next.</summary>
    public const double HeadlineMax = 66, HeadlineMin = 44, LeadMax = 36, LeadMin = 28, MastheadMax = 32;
}
