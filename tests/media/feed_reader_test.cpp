#include "media/feed_reader.hpp"

#include <gtest/gtest.h>

#include "common/time.hpp"

namespace govwatch::media {
namespace {

TEST(FeedReaderTest, ParsesRss2WithChineseTitlesAndRfc822Dates) {
  const char* xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>云岭发布</title>
<item><title>云岭市召开安全生产工作会议</title><link>http://127.0.0.1:18000/p/2</link>
<description><![CDATA[<p>会议要求……</p>]]></description><pubDate>Tue, 01 Mar 2022 10:00:00 +0800</pubDate></item>
<item><title>无日期</title><link>http://127.0.0.1:18000/p/1</link></item>
</channel></rss>)";

  auto items = ParseFeed(xml, "feed.xml");

  ASSERT_TRUE(items) << items.error().message;
  ASSERT_EQ(items->size(), 2u);
  EXPECT_EQ(items->at(0).title, "云岭市召开安全生产工作会议");
  ASSERT_TRUE(items->at(0).published_at);
  EXPECT_EQ(FormatTime(*items->at(0).published_at), "2022-03-01 10:00:00");
  EXPECT_FALSE(items->at(1).published_at);
}

TEST(FeedReaderTest, ParsesAtomWithUtcAndOffsets) {
  const char* xml = R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>a</title><link href="http://127.0.0.1/a"/><updated>2022-03-01T02:00:00Z</updated></entry>
<entry><title>b</title><link rel="alternate" href="http://127.0.0.1/b"/><published>2022-03-02T09:30:00.000+08:00</published></entry>
</feed>)";

  auto items = ParseFeed(xml, "atom.xml");

  ASSERT_TRUE(items);
  ASSERT_EQ(items->size(), 2u);
  EXPECT_EQ(FormatTime(*items->at(0).published_at), "2022-03-01 10:00:00");
  EXPECT_EQ(items->at(1).url, "http://127.0.0.1/b");
  EXPECT_EQ(FormatTime(*items->at(1).published_at), "2022-03-02 09:30:00");
}

TEST(FeedReaderTest, DatesInSeveralFormatsAndZones) {
  EXPECT_EQ(FormatTime(*ParseFeedDate("01 Mar 2022 02:00:00 GMT")), "2022-03-01 10:00:00");
  EXPECT_EQ(FormatTime(*ParseFeedDate("Mon, 28 Feb 2022 18:00:00 -0800")), "2022-03-01 10:00:00");
  EXPECT_EQ(FormatTime(*ParseFeedDate("2022-03-01 10:00")), "2022-03-01 10:00:00");
  EXPECT_FALSE(ParseFeedDate("昨天"));
  EXPECT_FALSE(ParseFeedDate("31 Feb 2022 10:00:00 +0800"));
}

TEST(FeedReaderTest, MalformedFeedIsAnErrorNamingTheSource) {
  auto bad = ParseFeed("<html><body>not a feed</body></html>", "http://127.0.0.1/feed");
  auto garbage = ParseFeed("\x01\x02 not xml at all", "http://127.0.0.1/feed2");

  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("http://127.0.0.1/feed"), std::string::npos);
  EXPECT_FALSE(garbage);
}

}  // namespace
}  // namespace govwatch::media
