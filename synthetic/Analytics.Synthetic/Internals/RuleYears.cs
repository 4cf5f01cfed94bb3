namespace Analytics.Synthetic;

/// <summary>The rating years in which each rule is in force (docs/rules.md "Rule sets by rating year"), so
/// violations are planted only where a check would look for them: the excellent quota, discipline,
/// the cell/committee conditions, party above civil service, two years KHTNV and party/state step from
/// the 2018 framework (132-QĐ/TW, 21-HD/BTCTW); the civil-service share (Decree 48/2023) and the head
/// above its collective (124-QĐ/TW art. 3) from 2023; R05, R10 and R11 in every year. A clean
/// province obeys every rule in every year regardless.</summary>
internal static class RuleYears
{
    public static bool Applies(Rule rule, int year) => rule switch
    {
        Rule.R02 or Rule.R06 => year >= 2023,
        Rule.R01 or Rule.R03 or Rule.R04 or Rule.R07 or Rule.R08 or Rule.R09 => year >= 2018,
        _ => true,
    };
}
