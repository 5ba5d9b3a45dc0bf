using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// The one analyzer of the index, used for writing and for queries alike: StandardTokenizer, lower case, the e- prefix
/// (<see cref="EPrefixFilter"/>), Indonesian stop words and the Indonesian stemmer, so "layanan", "pelayanan",
/// "melayani" and "dilayani" all become "layan". The <see cref="SearchFields.Spell"/> field keeps words as written
/// (lower-cased, unstemmed, stop words kept): typo correction looks for real spellings there. A field's word-pair
/// companion (<see cref="SearchFields.Pairs"/>) is analyzed as the field, then paired (<see cref="WordPairFilter"/>).
/// </summary>
internal sealed class IndonesianAnalysis : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // "dini" is in the Tala stop list but is a content word here: "peringatan dini" (early warning), "usia dini".
    private static readonly CharArraySet _stopWords = BuildStopWords();

    public IndonesianAnalysis()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    public static CharArraySet StopWords => _stopWords;

    protected override TextReader InitReader(string fieldName, TextReader reader) => new EPrefixCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var pairs = SearchFields.IsPairs(fieldName, out var wordField);
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new EPrefixFilter(stream);
        if (wordField != SearchFields.Spell)
        {
            stream = new StopFilter(Version, stream, _stopWords);
            stream = new IndonesianStemFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, pairs ? new WordPairFilter(stream) : stream);
    }

    private static CharArraySet BuildStopWords()
    {
        var words = IndonesianAnalyzer.DefaultStopSet.Where(w => w != "dini").ToList();
        return new CharArraySet(Version, words, ignoreCase: true).AsReadOnly();
    }

}
