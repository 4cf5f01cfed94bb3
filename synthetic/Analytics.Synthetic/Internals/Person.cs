namespace Analytics.Synthetic;

/// <summary>A person of a group while it is generated: who they are, where they sit (their home bloc
/// and cell, and their cell in the merged commune after 1 July 2025), what they are (member, civil
/// servant, pinned), and this year's outcome in each role. Mutable on purpose: one
/// instance per person lives through the years of its group, on one thread.</summary>
internal sealed class Person(PersonIdentity identity, int home, int homeCell)
{
    public PersonIdentity Identity { get; } = identity;
    public string Id => Identity.Id;
    public bool Member => Identity.Admitted is not null;

    /// <summary>Slot of the home bloc in the group (its bloc before any merger).</summary>
    public int Home { get; } = home;
    public int HomeCell { get; } = homeCell;

    /// <summary>Cell in the merged commune from 1 July 2025, or -1.</summary>
    public int MergedCell { get; set; } = -1;

    /// <summary>A civil servant of the home bloc's state body (and of the merged one after).</summary>
    public bool Staff { get; init; }

    /// <summary>The province head: party rating fixed at HTTNV, touched by nothing else.</summary>
    public bool Pinned { get; init; }

    // ---- this year ----
    public Grade Party { get; set; }
    public Grade PartyOriginal { get; set; }
    public bool Revised { get; set; }
    public Grade PartySelf { get; set; }
    public Grade PartyProposed { get; set; }
    public string? PartyDiscipline { get; set; }

    public Grade Civil { get; set; }
    public Grade CivilSelf { get; set; }
    public string? CivilDiscipline { get; set; }

    /// <summary>KHTNV (current final, any role) in the previous rating year: not again this year (R08).</summary>
    public bool FailedLastYear { get; set; }

    /// <summary>Chosen for a planted R08: KHTNV in this year and the next (0 = not chosen).</summary>
    public int FailsTwiceFrom { get; set; }

    public bool FailsTwiceIn(int year) => FailsTwiceFrom != 0 && (year == FailsTwiceFrom || year == FailsTwiceFrom + 1);

    /// <summary>The cell index this person sits in this year (in the bloc being rated).</summary>
    public int Cell { get; set; }

    public bool FailedThisYear => Party == Grade.NotCompleted || Civil == Grade.NotCompleted;

    public void StartYear()
    {
        Party = PartyOriginal = PartySelf = PartyProposed = Grade.NotRated;
        Civil = CivilSelf = Grade.NotRated;
        Revised = false;
        PartyDiscipline = CivilDiscipline = null;
    }
}
