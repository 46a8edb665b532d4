// al-folio's own example posts (the demo blog al-folio ships with), so that an import leaves them out: a post whose
// fingerprint is one of these is al-folio's example as al-folio wrote it, not the lab's. A post the lab has edited has
// another fingerprint, so it is the lab's own and is imported. The fingerprints are of the versions of each example in
// al-folio's history from October 2015 to May 2026 (read from sites made from al-folio, with the history they took
// over); to add one, take the first 16 hex digits of the SHA-256 of the file with \n line ends
// (`sed 's/\r$//' file | sha256sum`).
import { createHash } from 'node:crypto';

/** al-folio's example posts by file name, each with the fingerprints of its versions. */
export const ALFOLIO_EXAMPLE_POSTS: Readonly<Record<string, readonly string[]>> = {
  '2015-03-15-formatting-and-links.markdown': ['d7d2efc56a34c82c', 'b78616a3210a3540', 'b5a9752901ae3fb5'],
  '2015-03-15-formatting-and-links.md': [
    'b5a9752901ae3fb5',
    '0811613384b57732',
    'd12ceae193e19390',
    '60f0230774d91210',
    'b30a58867b3d8102',
    '68accc30bf730d04',
  ],
  '2015-05-15-images.markdown': ['af3f5d6e792aa4cc', '9cb5017bd29d5cac', '70c07a649353bf37', '2c525ff7cbeca7cc'],
  '2015-05-15-images.md': [
    'b46a4a26ed0322a1',
    '0299a697032b84ec',
    'b801342529f75440',
    '7a514f0a63bc0555',
    '510623f9c244e112',
    '74b8f09ffd9b1a57',
    'b794a9d73acc778b',
    '3f1eca6d342aeada',
    '77fc539587d37017',
  ],
  '2015-07-15-code.markdown': ['69a0f91c185a7d5f', '3ed830ea83de64bc', '07ac51b7a15c5f07', '5824535d82784831'],
  '2015-07-15-code.md': [
    '5824535d82784831',
    'cb9e4e49cc5e42a9',
    '40d5dcb24763ab83',
    '89ff20e48d342c22',
    'd118913a4fb2a0d2',
    'a912d86c26955bd6',
    'ba0a195f83a6ffef',
    '8b936d0162577fb4',
  ],
  '2015-10-20-comments.markdown': ['ad1421a653e2240d'],
  '2015-10-20-comments.md': ['ad1421a653e2240d', '1a2b71f641e5efad'],
  '2015-10-20-disqus-comments.md': ['12162f5b78d2d64c', 'e6ec1a49587cf559', '6a244fa9582cb78e', 'dd1f4f10872fc4c9'],
  '2015-10-20-math.markdown': ['0cf21e85c68a0d60'],
  '2015-10-20-math.md': [
    '0cf21e85c68a0d60',
    'f63b8fe57df42df1',
    'e477229d1d01d8e1',
    '41778a8b73041ab4',
    '244efc8ca82f921f',
    '9f119dcdadc19a77',
    '04e1a41a4b8f068e',
    '16dfa1c684f6b76e',
    '7774c6a8899304f7',
    '61358016699b9c6a',
    '869f0902cf5f26a7',
  ],
  '2018-12-22-distill.md': [
    '9b19c54d101c2505',
    '8ec6870d2e1bcbbd',
    'e5b1f634784f1e68',
    '030ff67822aefe5e',
    '42df981b15f82ccb',
    '04d8e3772f9f5d38',
    '7ba3fba681fb69cd',
    'ee712edd7d8e0107',
    '8004aaddc785d293',
    'af13ae11de00ef41',
    '306b3ca5edffb6e8',
    '199ff93e8379600c',
    '4997feb64cfa4a68',
    '2995f25a7fbb4f47',
    'a98536937589016d',
    '9c370aa07a252916',
    'e3e2083a7b21eecc',
    '70cd2fd58ee7b4b9',
    '52e2325e026ae463',
    '5970faa695ca7a2a',
    '616edac6f43ac6bb',
  ],
  '2020-09-28-github-metadata.md': [
    '246cf702bbfc1cef',
    '3a7817ac1a9faeae',
    '9b732caff2ee7848',
    '0d116d253a3b6260',
    'ae2ab8496b7dc6cd',
  ],
  '2020-09-28-twitter.md': [
    'dc649828886f190a',
    '13b269641158c684',
    'ebf5dea016f3f8a1',
    'd7f045cd7243b449',
    '4748cdd24a120c2b',
  ],
  '2021-07-04-diagrams.md': [
    'ecb44a99f357f494',
    '5c471ab2a6eda379',
    '095953e5fa134fe3',
    '37fad0bf41e8f4d9',
    '57e734076c292b95',
  ],
  '2022-02-01-redirect.md': ['2cd0fda62575554b', 'cb2af9b5ada5ec87', 'abb25773dd298c12'],
  '2022-12-10-giscus-comments.md': ['dc555c94756a352b', '23a73d89a39a8630', '88aae357b6e5a339', '3aeb192ef56edc23'],
  '2023-03-20-table-of-contents.md': ['d0466377fa17d436', 'a388b04e36e46379', '6a71d26b4d6a5772', '7e2a12a8f6799cf8'],
  '2023-03-21-tables.md': [
    '933e28b906e4bdae',
    '1f03bb69ce185d6b',
    '41780f5385a39a1d',
    '04e7ab00c73706a6',
    '640dc8ba7d31fed1',
    '1946edc0d00053a3',
    'a39b2b95173b9593',
  ],
  '2023-04-24-videos.md': ['2216d724514d6435', '01e729d733573179', 'df678d1dd484b643'],
  '2023-04-25-audios.md': ['b7f85e549cb14bc3', 'abb3c51beb0ac6a1', '61a037dbbae8d270'],
  '2023-04-25-sidebar-table-of-contents.md': [
    'ee722f2c231515a8',
    '3f54ffb21a7e98ba',
    '612f1d1bbdebf566',
    '85948f1ba44c1396',
  ],
  '2023-05-12-custom-blockquotes.md': [
    'be96b9d61ffda235',
    '37a827701f40afdd',
    'b587de1ae4eaa372',
    'a75df2ed6a25f78f',
    '32ec0b831d5ac8b2',
    'e31db8f22f2dda55',
  ],
  '2023-07-04-jupyter-notebook.md': [
    '23d38f3106ed9fc9',
    'ef4961b6bbdacdf6',
    'fa9ed3324d24e051',
    '336a82c6f3b01995',
    '66fa2d47cd746cfb',
  ],
  '2023-07-12-post-bibliography.md': ['8f753fcf4b14a133', '83eaebef8ecfca8a', 'ea309888072f5ee1'],
  '2023-12-12-tikzjax.md': ['a0f6532edc7b1cb9', 'ca84b0b388065a60', 'ec3421ab2fe1b79b'],
  '2024-01-26-chartjs.md': ['9da0139d7ef3e5b1', '575324bfb95a878e'],
  '2024-01-26-echarts.md': ['dab3f2604afe254c'],
  '2024-01-26-geojson-map.md': ['114a9b0ee5462575', 'c6e8d0b55c7b862e'],
  '2024-01-27-advanced-images.md': ['4c184ab7b7ffe83b', '6fce1beae7d30bea'],
  '2024-01-27-code-diff.md': ['32d3666e2b00b74f'],
  '2024-01-27-vega-lite.md': ['faf249f36b9c0630', '86b81c9e61cac6aa', '9aa11c3cbb1d86ca'],
  '2024-04-15-pseudocode.md': ['1a4f66248073d956'],
  '2024-04-28-post-citation.md': ['b895169da8666b95'],
  '2024-04-29-typograms.md': ['1f2eb2805c054205'],
  '2024-05-01-tabs.md': ['9de60d7eba6dfbd9'],
  '2024-12-04-photo-gallery.md': ['6f782a1172bc9a7c', 'e0498accabdd9513'],
  '2025-03-26-plotly.md': ['23625ea929eab9a3'],
};

const FINGERPRINTS = new Set(Object.values(ALFOLIO_EXAMPLE_POSTS).flat());

/** The first 16 hex digits of the SHA-256 of a text with \n line ends (a Windows checkout has \r\n). */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 16);
}

/** Whether a file is one of al-folio's example posts as al-folio wrote it (under any name). */
export function isAlFolioExamplePost(text: string): boolean {
  return FINGERPRINTS.has(fingerprint(text));
}
