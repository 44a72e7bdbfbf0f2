package cn.gov.lanzhou.supervision.publishing.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * The vocabulary "did you mean" draws from: smartcn's words and runs of two or three of them
 * written together, because smartcn splits many domain terms a visitor types as one word
 * (深基坑 → 深 + 基坑, 高支模 → 高支 + 模), and a misspelling is compared with whole terms.
 */
final class VocabularyAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream words = new StopFilter(new LowerCaseFilter(tokenizer), SmartChineseAnalyzer.getDefaultStopSet());
        ShingleFilter runs = new ShingleFilter(words, 2, 3);
        runs.setTokenSeparator("");
        runs.setFillerToken("");
        runs.setOutputUnigrams(true);
        return new TokenStreamComponents(tokenizer, runs);
    }
}
