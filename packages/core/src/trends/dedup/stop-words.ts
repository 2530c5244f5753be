/**
 * English words that carry no story: function words, plus the reporting verbs and fillers
 * headlines are made of ("says", "report", "breaking"), which would otherwise make unrelated
 * stories look alike. "us" is kept on purpose: in headlines it is mostly the country.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'aren', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'cannot', 'could', 'couldn',
  'did', 'didn', 'do', 'does', 'doesn', 'doing', 'don', 'dont', 'down', 'during', 'each', 'few', 'for', 'from', 'further',
  'had', 'hadn', 'has', 'hasn', 'have', 'haven', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his',
  'how', 'i', 'if', 'in', 'into', 'is', 'isn', 'it', 'its', 'itself', 'just', 'me', 'more', 'most', 'my', 'myself', 'no',
  'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'only', 'or', 'other', 'our', 'ours', 'ourselves', 'out', 'over', 'own',
  'same', 'she', 'should', 'shouldn', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves',
  'then', 'there', 'these', 'they', 'this', 'those', 'through', 'to', 'too', 'under', 'until', 'up', 'very', 'was', 'wasn',
  'we', 'were', 'weren', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would',
  'wouldn', 'you', 'your', 'yours', 'yourself', 'yourselves', 'via', 'amid', 'per', 'vs', 'versus', 'yet', 'still', 'may',
  'might', 'must', 'shall', 'get', 'gets', 'got', 'new', 'now', 'one', 'two', 'first', 'like', 'just', 'say', 'says', 'said',
  'report', 'reports', 'reported', 'according', 'breaking', 'update', 'updated', 'live', 'watch', 'video', 'photos', 'exclusive',
  'read', 'here', 'what', 'know', 'need', 'things', 'why', 'today', 'week', 'year', 'years', 'day', 'days', 'time',
]);
