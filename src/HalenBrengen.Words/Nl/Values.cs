using HalenBrengen.Core.Model;

namespace HalenBrengen;

public sealed partial class ValueLabels
{
    /// <summary>The workbook contract's own labels, as the forms' drop-downs show them.</summary>
    internal static readonly ValueLabels Nl = new()
    {
        Soorten = ValueLists.Soorten.ToDictionary(v => v.Value, v => v.Label),
        Invloeden = ValueLists.Invloeden.ToDictionary(v => v.Value, v => v.Label),
        Houdingen = ValueLists.Houdingen.ToDictionary(v => v.Value, v => v.Label),
        WensenOfEisen = ValueLists.WensenOfEisen.ToDictionary(v => v.Value, v => v.Label),
        Yes = ValueLists.JaNee.Single(v => v.Value).Label,
        No = ValueLists.JaNee.Single(v => !v.Value).Label,
    };
}
