/** English tooltips of the segment actions under the active segment: the `actionHints` section of renderer/i18n/en.ts. */
export const editorStringsEn = {
  actionHints: {
    exclude: 'Leave this paragraph untranslated (site boilerplate, a caption): it is kept in the file but not reviewed',
    include: 'Review and translate this paragraph again',
    join: 'Join this segment with the next one into one segment',
    shiftUp: 'This draft starts with text of the previous paragraph: move its first draft paragraph up to the segment before',
    shiftDown: 'This draft ends with text of the next paragraph: move its last draft paragraph down to the segment after',
    noDraft: 'The draft file has no translation of this paragraph: leave it without a draft',
    mergeNext: 'This paragraph and the next were translated together: pair both with one draft',
    splitPair: 'Pair this paragraph with a draft of its own again, apart from the previous one',
    undoPair: 'Undo the last pairing correction',
  },
  alignmentMenu: {
    more: 'More alignment',
    hint: 'The rarer pairing corrections: no draft, pair with next, unpair, undo pairing',
  },
};
