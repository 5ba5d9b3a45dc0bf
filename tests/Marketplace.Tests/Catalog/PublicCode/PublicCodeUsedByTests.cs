using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Catalog.PublicCode;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Tests.Catalog.PublicCode;

/// <summary>usedBy in the export: names kept from an import, then the regions whose adoption runs, each once.</summary>
public sealed class PublicCodeUsedByTests
{
    private static string Read(string file) => File.ReadAllText(Path.Combine(ConformanceSuite.Folder, file));

    private static IReadOnlyList<string> UsedBy(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return root.Children.TryGetValue(new YamlScalarNode("usedBy"), out var node)
            ? [.. ((YamlSequenceNode)node).Children.Select(n => ((YamlScalarNode)n).Value!)]
            : [];
    }

    [Fact]
    public void Running_adopters_are_listed_in_name_order()
    {
        var (_, app) = PublicCodeImporter.Import(Read("valid/valid.minimal.yml"), "61.72");

        var yaml = PublicCodeExporter.Export(app!, runningAt: ["Kota Singkawang", "Kabupaten Sambas"]);

        Assert.Equal(["Kabupaten Sambas", "Kota Singkawang"], UsedBy(yaml));
        Assert.True(PublicCodeValidator.Validate(yaml).Valid, yaml);
    }

    [Fact]
    public void Imported_names_stay_first_and_a_running_adopter_already_listed_is_not_repeated()
    {
        var (_, app) = PublicCodeImporter.Import(Read("valid/valid.yml"), "61.72");

        var yaml = PublicCodeExporter.Export(app!, runningAt: ["comune di roma", "Kota Palembang", "Kota Palembang", "  "]);

        Assert.Equal(["Comune di Firenze", "Comune di Roma", "Kota Palembang"], UsedBy(yaml));
        Assert.True(PublicCodeValidator.Validate(yaml).Valid, yaml);
    }

    [Fact]
    public void Without_running_adopters_imported_names_are_kept_and_none_are_invented()
    {
        var (_, imported) = PublicCodeImporter.Import(Read("valid/valid.yml"), "61.72");
        var (_, minimal) = PublicCodeImporter.Import(Read("valid/valid.minimal.yml"), "61.72");

        Assert.Equal(["Comune di Firenze", "Comune di Roma"], UsedBy(PublicCodeExporter.Export(imported!)));
        Assert.DoesNotContain("usedBy", PublicCodeExporter.Export(minimal!), StringComparison.Ordinal);
    }

    [Fact]
    public void Usedby_comes_after_categories_as_the_standard_orders_it()
    {
        var app = new SharedApp { Slug = "parkir", Name = "Parkir", OwnerRegionCode = "16.71", Summary = "Parkir.", License = "MIT" };
        app.Tags.Add(new AppTag { Kind = TagKind.Category, Value = "parking" });

        var yaml = PublicCodeExporter.Export(app, "https://forum.example/katalog/parkir", ["Kota Singkawang"]);

        Assert.True(yaml.IndexOf("categories:", StringComparison.Ordinal) < yaml.IndexOf("usedBy:", StringComparison.Ordinal));
        Assert.True(yaml.IndexOf("usedBy:", StringComparison.Ordinal) < yaml.IndexOf("developmentStatus:", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_import_export_with_running_adopters_is_stable()
    {
        var (_, app) = PublicCodeImporter.Import(Read("valid/valid.yml"), "61.72");
        var first = PublicCodeExporter.Export(app!, runningAt: ["Kota Singkawang"]);
        var (_, again) = PublicCodeImporter.Import(first, "61.72");

        var second = PublicCodeExporter.Export(again!, runningAt: ["Kota Singkawang"]);

        Assert.Equal(first, second);
    }
}
