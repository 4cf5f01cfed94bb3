using Analytics.Warehouse.Store;
using Analytics.Warehouse.Tests.Helpers;
using Analytics.Warehouse.Vocabulary;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Tests.Vocabulary;

/// <summary>The checks' macros (migration 012) say the glossary's words: a fresh warehouse, one upgraded
/// from migration 011's literal macros, and one whose table holds a stale word all read the same.</summary>
public sealed class VocabularyTableTests
{
    private static string Word(WarehouseStore store, string sql, object? value) => store.Rows(sql, r => r.GetString(0), value).Single();

    [Fact]
    public void The_macros_say_exactly_the_glossary_words()
    {
        using var wh = new TempWarehouse();
        foreach (var role in Glossary.Roles.Terms)
            Assert.Equal(role.InSentence, Word(wh.Store, "SELECT role_vi($1::rating_role)", role.Code));
        foreach (var discipline in Glossary.Disciplines.Terms)
            Assert.Equal(discipline.InSentence, Word(wh.Store, "SELECT discipline_vi($1::discipline_kind)", discipline.Code));
        foreach (var level in Glossary.Levels.Terms)
            Assert.Equal(level.Label, Word(wh.Store, "SELECT level_vi($1::TINYINT)", level.Code));
        Assert.Equal("không xếp loại", Word(wh.Store, "SELECT level_vi($1::TINYINT)", null));
        Assert.Equal("none", Word(wh.Store, "SELECT discipline_vi($1::discipline_kind)", "none"));
        var rows = wh.Store.Scalar("SELECT count(*) FROM vocabulary");
        Assert.Equal(Glossary.All.Sum(c => c.Terms.Count), rows);
    }

    [Fact]
    public void A_warehouse_of_migration_011_upgrades_to_the_corrected_words()
    {
        using var wh = new TempWarehouse();
        var path = Path.Combine(wh.Folder, "old.duckdb");
        using (var old = new DuckDBConnection($"Data Source={path}"))
        {
            old.Open();
            SchemaMigrator.Apply(old, through: 11);
            using var command = old.CreateCommand();
            command.CommandText = "SELECT role_vi('civil_servant') || ' / ' || role_vi('collective')";
            Assert.Equal("công chức, viên chức / tập thể lãnh đạo", command.ExecuteScalar());
        }
        using var upgraded = WarehouseStore.Open(path);
        Assert.Equal(12, upgraded.Scalar("SELECT max(version) FROM schema_migration WHERE version <= 12"));
        Assert.Equal("cán bộ, công chức, viên chức / tập thể lãnh đạo, quản lý",
            Word(upgraded, "SELECT role_vi($1) || ' / ' || role_vi('collective')", "civil_servant"));
    }

    [Fact]
    public void A_stale_word_in_the_table_is_rewritten_on_open()
    {
        using var wh = new TempWarehouse();
        wh.Store.Execute("UPDATE vocabulary SET in_sentence = 'lãnh đạo' WHERE concept = 'role' AND code = 'leader'");
        wh.Store.Execute("INSERT INTO vocabulary VALUES ('role', 'retired', 'Nghỉ hưu', 'nghỉ hưu')");
        wh.Reopen();
        Assert.Equal("cá nhân lãnh đạo, quản lý", Word(wh.Store, "SELECT role_vi($1)", "leader"));
        Assert.Equal(0, wh.Store.Scalar("SELECT count(*) FROM vocabulary WHERE code = 'retired'"));
    }

    [Fact]
    public void Check_messages_name_civil_servants_and_collectives_officially()
    {
        using var quota = new RatedProvince()
            .Person("CC1", "UB", 4, RatingRole.CivilServant).Person("CC2", "UB", 4, RatingRole.CivilServant)
            .Person("CC3", "UB", 3, RatingRole.CivilServant).Person("CC4", "UB", 3, RatingRole.CivilServant);
        Assert.Equal("2 cán bộ, công chức, viên chức HTXSNV so với 2 HTTNV: vượt tỷ lệ 20%",
            Assert.Single(quota.Check("R01")).Message);

        using var member = new RatedProvince().UnitRating("BTV", 3, RatingRole.Collective)
            .Head("H", "BTV").Person("H", "BTV", 1, RatingRole.Leader, discipline: Discipline.Warning);
        Assert.Equal("bị kỷ luật (thành viên bị cảnh cáo) "
            + "nhưng được xếp loại tập thể lãnh đạo, quản lý HTTNV",
            Assert.Single(member.Check("R03")).Message);
    }
}
