namespace Analytics.Synthetic;

/// <summary>The checks of docs/rules.md by their stable codes; a planted violation names one of them.</summary>
internal enum Rule
{
    None = 0,
    R01, R02, R03, R04, R05, R06, R07, R08, R09, R10, R11,
}
