// Which names the company topics read as describing something else, not as a story's subject.
import { describe, expect, it } from 'vitest';
import { blankDescriptiveMentions } from '../src/articles/descriptive-mentions.ts';

const blanked = (text: string) => {
  const out = blankDescriptiveMentions(text);
  expect(out.length).toBe(text.length);
  return [...text].filter((char, at) => out[at] !== char).join('');
};

describe('blankDescriptiveMentions', () => {
  it.each([
    ['a past employer', 'a former Google engineer built it', 'Google'],
    ['a past employer, hyphenated', 'the ex-OpenAI team', 'OpenAI'],
    ['a career in a clause', 'she worked on speech products at Google before 2025', 'Google'],
    ['years somewhere', 'he spent five years at DeepMind', 'DeepMind'],
    ['a label on the company that follows', 'Nvidia supplier Korvell raises forecast', 'Nvidia'],
    ['a rival as a label', 'OpenAI rival Sable Labs raises money', 'OpenAI'],
    ['an owner', 'Google-backed Anthropic opens an office', 'Google'],
    ['a kind named after a product', 'adds 4-bit quantization for Llama-style models', 'Llama'],
    ['a class of chips', 'it ships CUDA-compatible accelerators', 'CUDA'],
    ['what a comparison measures against', 'it fills formulas more accurately than OpenAI’s GPT-5 and Google’s Gemini, the firm says', 'thanOpenAI’sGPT-5andGoogle’sGemini'],
    ['a rival a comparison is said against with a verb', 'Tessel’s small model outperforms OpenAI o3 on maths', 'outperformsOpenAI'],
    ['the field a ranking beat', 'Tessel-Image-2 launches at No. 2 on the leaderboard ahead of Google, Meta and xAI', 'aheadofGoogle,MetaandxAI'],
    ['the rivals a company is up against while it acts', 'Tessel rolls out an AI agent as it battles Microsoft and Google in the workplace', 'asitbattlesMicrosoftandGoogle'],
    ['a name borrowed for a comparison', 'The OpenAI of robotics? Figure raises $1 billion', 'OpenAI'],
    ['a product borrowed for a pitch', 'Like ChatGPT but for lawyers: Harvey raises $300M', 'ChatGPT'],
    ['copies of a product run as a tool', 'it spins up hundreds of Claude Code instances at once', 'ClaudeCode'],
    ['a newsletter’s teaser of its other items', 'Tessel launches a code host. Plus: make ChatGPT write like you.\n\nMore', 'Plus:makeChatGPTwritelikeyou.'],
    ['what a relative clause says of a thing', 'Korvell, which packages chips for Nvidia, raised', 'whichpackageschipsforNvidia'],
  ])('blanks %s', (_, text, names) => {
    expect(blanked(text).replace(/\s/g, '')).toBe(names);
  });

  it.each([
    ['the actor', 'Nvidia raises its forecast'],
    ['a rival without a name after it', 'Nvidia rivals are catching up'],
    ['a person’s employer in a clause', 'Dan Brooks, who leads inference at Anthropic, joins us'],
    ['a partner named as the actor', 'Microsoft is working with OpenAI on a model'],
    ['a name before a hyphenated word that is no kind', 'Microsoft-OpenAI talks resume'],
    ['a product as the actor', 'Claude Code instances now share a task queue'],
    ['"plus" inside a sentence', 'It costs $20 plus: tax for ChatGPT users'],
    ['a result beaten that is no name, before the actor', 'Tessel beats estimates as OpenAI signs on'],
    ['an amount compared, before the name', 'Microsoft has spent more than $13 billion on OpenAI'],
    ['a company that is itself what the clause is about', 'The EU fines Google as the company battles regulators at home'],
    ['one name after "ahead of", perhaps an event', 'Pixel leaks ahead of Google I/O next week'],
  ])('keeps %s', (_, text) => {
    expect(blankDescriptiveMentions(text)).toBe(text);
  });
});
