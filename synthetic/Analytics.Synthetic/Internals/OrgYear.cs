namespace Analytics.Synthetic;

/// <summary>What the province decides for one bloc in one rating year before its members are drawn:
/// the final levels of its party organisation, state counterpart, Fatherland Front, mass organisations,
/// leadership collective and the collective's head; whether it delivers at all; and the violation
/// planted there (at most one per bloc and year, so plants cannot interfere).</summary>
internal sealed class OrgYear
{
    public Grade Org { get; set; }
    public Grade State { get; set; }
    public Grade Front { get; set; }
    public Grade[] Mass { get; set; } = [];
    public Grade Collective { get; set; }
    public Grade Head { get; set; }

    /// <summary>False for a planted R11: nothing of this year reaches the province.</summary>
    public bool Delivered { get; set; } = true;

    public Rule Plant { get; set; }

    /// <summary>Which form of the planted violation (e.g. R04 on a cell or on the organisation).</summary>
    public int Variant { get; set; }

    /// <summary>The first of the two KHTNV years of a planted R08 (the finding is in the next year).</summary>
    public bool FailsTwiceFrom { get; set; }

    public bool Reserved => Plant != Rule.None || FailsTwiceFrom;
}
