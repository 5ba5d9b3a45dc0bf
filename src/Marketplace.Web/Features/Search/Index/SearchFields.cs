using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// The Lucene fields of a <see cref="SearchDocument"/>. Text fields are analyzed by <see cref="IndonesianAnalysis"/>;
/// filter fields are exact terms with doc values beside them (facets count from doc values, the date sort reads them);
/// only what a hit shows and what snippets are cut from is stored.
/// </summary>
internal static class SearchFields
{
    public const string Key = "key";
    public const string Type = "type";
    public const string Id = "id";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Categories = "categories";
    public const string Category = "category";
    public const string Url = "url";
    public const string Region = "region";
    public const string RegionName = "regionName";
    public const string Province = "province";
    public const string License = "license";
    public const string Maturity = "maturity";
    public const string Date = "date";
    public const string Access = "access";

    /// <summary>All text as written (lower-cased, unstemmed, stop words kept): typo correction and quoted phrases.</summary>
    public const string Spell = "spell";

    /// <summary>
    /// The version of what the index holds per document. An index committed by a version with another number (or none)
    /// is rebuilt from the database when the host starts (<see cref="Indexing.SearchIndexer"/>): a new field is empty
    /// in documents written before it existed. 2: the word-pair fields, and a reply's thread title no longer searched
    /// (<see cref="SearchDocument.TitleIsSearched"/>).
    /// </summary>
    public const int SchemaVersion = 2;

    /// <summary>The suffix of a text field's word-pair companion (<see cref="Pairs"/>).</summary>
    public const string PairSuffix = "_pairs";

    /// <summary>Fields a hit needs; nothing else is read from stored fields.</summary>
    public static ISet<string> HitFields { get; } = new HashSet<string>
    {
        Type, Id, Title, Summary, Body, Url, Region, RegionName, Date,
    };

    private static readonly FieldType _spellType = CreateSpellType();

    /// <summary>
    /// The companion of a text field that holds its neighbouring words as pairs ("satu data"), analyzed like the field
    /// (<see cref="WordPairFilter"/>): a phrase is looked up there as one term, or a phrase of pairs.
    /// </summary>
    public static string Pairs(string field) => field + PairSuffix;

    /// <summary>True when <paramref name="field"/> is a word-pair companion; <paramref name="wordField"/> is the field it pairs.</summary>
    public static bool IsPairs(string field, out string wordField)
    {
        var pairs = field.EndsWith(PairSuffix, StringComparison.Ordinal);
        wordField = pairs ? field[..^PairSuffix.Length] : field;
        return pairs;
    }

    public static Document ToLucene(SearchDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var title = source.Title ?? "";
        var searchedTitle = source.TitleIsSearched ? title : "";
        var spell = string.Join('\n', searchedTitle, source.Summary, source.Body);
        var document = new Document
        {
            new StringField(Key, source.Key, Field.Store.YES),
            new StringField(Id, source.Id, Field.Store.YES),
            source.TitleIsSearched ? new TextField(Title, title, Field.Store.YES) : new StoredField(Title, title),
            new TextField(Summary, source.Summary ?? "", Field.Store.YES),
            new TextField(Body, source.Body ?? "", Field.Store.YES),
            new StoredField(Url, source.Url ?? ""),
            new StringField(Access, source.Access ?? SearchAccess.Public, Field.Store.NO),
            new NumericDocValuesField(Date, source.Date.UtcTicks),
            new StoredField(Date, source.Date.UtcTicks),
            new Field(Spell, spell, _spellType),
            new TextField(Pairs(Title), searchedTitle, Field.Store.NO),
            new TextField(Pairs(Summary), source.Summary ?? "", Field.Store.NO),
            new TextField(Pairs(Body), source.Body ?? "", Field.Store.NO),
            new TextField(Pairs(Spell), spell, Field.Store.NO),
        };
        AddFacet(document, Type, SearchKeys.Name(source.Type), stored: true);
        AddFacet(document, Region, source.RegionCode, stored: true);
        AddFacet(document, Province, source.ProvinceCode, stored: false);
        AddFacet(document, License, source.License, stored: false);
        AddFacet(document, Maturity, source.Maturity, stored: false);
        if (!string.IsNullOrEmpty(source.RegionName))
        {
            document.Add(new StoredField(RegionName, source.RegionName));
        }

        var categories = source.Categories.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var category in categories)
        {
            document.Add(new StringField(Category, category, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(Category, new BytesRef(category)));
        }

        // Categories are slugs ("mobile-payment"); the tokenizer splits them into searchable words.
        document.Add(new TextField(Categories, string.Join(' ', categories), Field.Store.NO));
        document.Add(new TextField(Pairs(Categories), string.Join(' ', categories), Field.Store.NO));
        return document;
    }

    private static void AddFacet(Document document, string field, string? value, bool stored)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        document.Add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        document.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static FieldType CreateSpellType()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
        };
        type.Freeze();
        return type;
    }
}
