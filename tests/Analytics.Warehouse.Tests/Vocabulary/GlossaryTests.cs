using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Formalism;
using Analytics.Warehouse.Tests.Helpers;
using Analytics.Warehouse.Vocabulary;

namespace Analytics.Warehouse.Tests.Vocabulary;

/// <summary>The glossary names every code the warehouse stores, once, in the official wording.</summary>
public sealed class GlossaryTests
{
    [Theory]
    [InlineData("rating_role", "role")]
    [InlineData("rating_channel", "channel")]
    [InlineData("subject_kind", "subject_kind")]
    public void Every_value_of_an_enum_has_its_words(string enumType, string concept)
    {
        using var wh = new TempWarehouse();
        var values = wh.Store.Rows($"SELECT unnest(enum_range(NULL::{enumType}))::VARCHAR", r => r.GetString(0)).ToList();
        Assert.Equal(values.Order(StringComparer.Ordinal), Glossary.All.Single(c => c.Name == concept).Codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Disciplines_statuses_signals_and_features_are_all_named()
    {
        using var wh = new TempWarehouse();
        var disciplines = wh.Store.Rows("SELECT unnest(enum_range(NULL::discipline_kind))::VARCHAR", r => r.GetString(0)).ToList();
        Assert.Equal(disciplines.Where(d => d != "none"), Glossary.Disciplines.Codes);
        Assert.Equal(FindingReview.Statuses, Glossary.ReviewStatuses.Codes);
        Assert.Equal(FormalismSignals.Codes, Glossary.Signals.Codes);
        Assert.Equal(FormalismFeatures.Names, Glossary.Features.Codes);
        Assert.Equal(["4", "3", "2", "1"], Glossary.Levels.Codes);
    }

    [Fact]
    public void The_official_wording_wins_where_the_old_places_disagreed()
    {
        Assert.Equal("Cán bộ, công chức, viên chức", Glossary.Roles.Label("civil_servant"));
        Assert.Equal("cán bộ, công chức, viên chức", Glossary.Roles.InSentence("civil_servant"));
        Assert.Equal("Tập thể lãnh đạo, quản lý", Glossary.Roles.Label("collective"));
        Assert.Equal("Đã tiếp nhận", Glossary.ReviewStatuses.Label("acknowledged"));
        Assert.Equal(("HTXSNV", "Hoàn thành xuất sắc nhiệm vụ"), (Glossary.Level(4), Glossary.LevelName(4)));
        Assert.Equal(("Không xếp loại", "không xếp loại"), (Glossary.Level(null), Glossary.NotRated.InSentence));
    }

    [Fact]
    public void Sentence_forms_lower_the_first_letter_but_keep_acronyms_and_proper_names()
    {
        Assert.Equal("đảng viên", Glossary.Roles.InSentence("party_member"));
        Assert.Equal("HTTNV", Glossary.Levels.InSentence("3"));
        Assert.Equal("Mặt trận Tổ quốc", Glossary.UnitKinds.InSentence("fatherland_front"));
        Assert.Equal("số HTXSNV năm nào cũng sát mức trần", Glossary.Signals.InSentence("quota_riding"));
    }

    [Fact]
    public void An_unknown_code_reads_as_itself_and_none_as_nothing()
    {
        Assert.Equal("someday_role", Glossary.Roles.Label("someday_role"));
        Assert.Equal("", Glossary.Roles.Label(null));
        Assert.False(Glossary.Roles.Contains("someday_role"));
    }

    [Fact]
    public void No_concept_names_a_code_twice_or_leaves_a_label_empty()
    {
        Assert.Equal(Glossary.All.Count, Glossary.All.Select(c => c.Name).Distinct().Count());
        Assert.All(Glossary.All, c => Assert.Equal(c.Terms.Count, c.Codes.Distinct().Count()));
        Assert.All(Glossary.All.SelectMany(c => c.Terms), t => Assert.False(string.IsNullOrWhiteSpace(t.Label), t.Code));
        Assert.Equal(18, Glossary.Features.Terms.Select(t => t.Label).Distinct().Count());
        Assert.Equal(8, Glossary.Signals.Terms.Select(t => t.Label).Distinct().Count());
        Assert.All(Glossary.All.SelectMany(c => c.Terms), t => Assert.NotEqual(t.Code, t.Label));
    }
}
