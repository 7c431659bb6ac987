/**
 * The 40 items of the built-in Balanse instrument, `balanse@1.1.0` (§8.1–§8.4, §8.12), each
 * worded for the team form (`text`) and the leader's self form (`selfText`) in nb, nn, sv and en.
 * The items of 1.0.0 are frozen in `items-1.0.0.ts`; what changed, and why, is in `versions.ts`.
 *
 * Layout:
 * - **Fixed order for everyone** (§8.4), so answers compare across teams and waves. Never reorder
 *   or re-use an id: ids are the keys of stored answers. An item keeps its id while it measures
 *   the same facet; a new facet gets a new id in the old one's place (q41 took q29's), and the
 *   old id is retired for good (docs/model/measurement.md, "Versions of the instrument").
 * - **Scales cycle R, S, A, T, D**: item N belongs to `SCALES[(N - 1) % 5]` (relation, system,
 *   administration, safety, standard). With pages of 8, every page mixes all 5 scales and no two
 *   adjacent items share a scale, including across page breaks (§8.4). 8 items per scale (§8.1).
 * - **Characteristics** (§8.12): 16 items also feed one of the four item-built characteristics,
 *   4 items each, at most one per item. `safetyAndStandard` is min(T, D) and tags no item.
 * - **No reverse keying** (§8.3): every item is positively worded, so agreement means more of the
 *   construct. Hence no `reverse` keys.
 *
 * Wording rules (§8.1), the machine-checkable ones enforced by `items.test.ts`, the rest a
 * checklist in docs/contributing/writing-items.md:
 * - one behaviour or climate facet per item, concrete to a sales team, 8–15 words in every locale;
 * - something a seller can answer from what they see, about themselves or the team, never about
 *   what the leader knows of each colleague;
 * - no negations and no always/never absolutes; on the leader's self form no all-or-nothing claim
 *   about the sellers ("each seller"), which the team form does not make either;
 * - the same referent pattern in every locale:
 *   - team form, R/S/A: the leader ("My manager" / "Lederen min" / "Leiaren min" / "Min chef");
 *   - team form, T/D: the team ("In our team" / "I teamet vårt" / "I teamet vårt" / "I vårt team");
 *   - self form, R/S/A: the leader in first person ("I" / "Jeg" / "Eg" / "Jag");
 *   - self form, T/D: how the leader believes the team experiences it ("I believe my team" /
 *     "Jeg tror teamet mitt" / "Eg trur teamet mitt" / "Jag tror att mitt team").
 *
 * Every sentence is written for Balanse. Edmondson's scale, COPSOQ and QPSNordic guided which
 * facets to cover, not the wording. The recall frame ("the last three months") lives in the
 * instructions, so items are in the plain present tense.
 */
import type { Item } from './instrument-schema.js';

export const BUILT_IN_ITEMS = [
  // ── Page 1 ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'q01',
    scale: 'relation',
    facet: 'sees the person, beyond the seller',
    text: {
      nb: 'Lederen min viser interesse for meg som person, utover salgstallene mine.',
      nn: 'Leiaren min viser interesse for meg som person, utover salstala mine.',
      sv: 'Min chef visar intresse för mig som person, utöver mina försäljningssiffror.',
      en: 'My manager shows interest in me as a person, beyond my sales figures.',
    },
    selfText: {
      nb: 'Jeg viser interesse for selgerne som personer, utover salgstallene deres.',
      nn: 'Eg viser interesse for seljarane som personar, utover salstala deira.',
      sv: 'Jag visar intresse för säljarna som personer, utöver deras försäljningssiffror.',
      en: 'I show interest in my sellers as people, beyond their sales figures.',
    },
  },
  {
    id: 'q02',
    scale: 'system',
    facet: 'sets clear expectations for results',
    characteristic: 'clearExpectations',
    text: {
      nb: 'Lederen min gjør det tydelig hvilke resultater som forventes av meg.',
      nn: 'Leiaren min gjer det tydeleg kva resultat eg er venta å levere.',
      sv: 'Min chef gör det tydligt vilka resultat som förväntas av mig.',
      en: 'My manager makes clear what results are expected of me.',
    },
    selfText: {
      nb: 'Jeg gjør det tydelig hvilke resultater jeg forventer av selgerne mine.',
      nn: 'Eg gjer det tydeleg kva resultat eg ventar av seljarane mine.',
      sv: 'Jag gör det tydligt vilka resultat jag förväntar mig av mina säljare.',
      en: 'I make clear what results I expect from my sellers.',
    },
  },
  {
    id: 'q03',
    scale: 'administration',
    facet: 'overview: team status and key figures',
    text: {
      nb: 'Lederen min holder seg oppdatert på nøkkeltallene i teamet vårt.',
      nn: 'Leiaren min held seg oppdatert på nøkkeltala i teamet vårt.',
      sv: 'Min chef håller sig uppdaterad om nyckeltalen i vårt team.',
      en: 'My manager keeps up to date with our team’s key numbers.',
    },
    selfText: {
      nb: 'Jeg holder meg oppdatert på nøkkeltallene i teamet mitt.',
      nn: 'Eg held meg oppdatert på nøkkeltala i teamet mitt.',
      sv: 'Jag håller mig uppdaterad om nyckeltalen i mitt team.',
      en: 'I keep up to date with my team’s key numbers.',
    },
  },
  {
    id: 'q04',
    scale: 'safety',
    facet: 'mistakes are treated as learning (safe to take responsibility)',
    characteristic: 'personalAccountability',
    text: {
      nb: 'I teamet vårt ser vi på feil som noe vi kan lære av.',
      nn: 'I teamet vårt ser vi på feil som noko vi kan lære av.',
      sv: 'I vårt team behandlas misstag som något vi lär oss av.',
      en: 'In our team, mistakes are treated as something we learn from.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt ser på feil som noe å lære av.',
      nn: 'Eg trur teamet mitt ser på feil som noko å lære av.',
      sv: 'Jag tror att mitt team ser misstag som något att lära sig av.',
      en: 'I believe my team sees mistakes as something to learn from.',
    },
  },
  {
    id: 'q05',
    scale: 'standard',
    facet: 'high expectations for results',
    text: {
      nb: 'I teamet vårt er forventningene til salgsresultatene våre høye.',
      nn: 'I teamet vårt er forventningane til salsresultata våre høge.',
      sv: 'I vårt team är förväntningarna på våra försäljningsresultat höga.',
      en: 'In our team, the expectations for our sales results are high.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever forventningene til salgsresultatene som høye.',
      nn: 'Eg trur teamet mitt opplever forventningane til salsresultata som høge.',
      sv: 'Jag tror att mitt team upplever förväntningarna på försäljningsresultaten som höga.',
      en: 'I believe my team feels the expectations for their sales results are high.',
    },
  },
  {
    id: 'q06',
    scale: 'relation',
    facet: 'inspires: explains why our work matters (meaning)',
    text: {
      nb: 'Lederen min forklarer hvorfor jobben vi gjør, betyr noe for kundene.',
      nn: 'Leiaren min forklarar kvifor jobben vi gjer, betyr noko for kundane.',
      sv: 'Min chef förklarar varför vårt arbete betyder något för kunderna.',
      en: 'My manager explains why our work matters to our customers.',
    },
    selfText: {
      nb: 'Jeg forklarer hvorfor jobben vi gjør, betyr noe for kundene.',
      nn: 'Eg forklarar kvifor jobben vi gjer, betyr noko for kundane.',
      sv: 'Jag förklarar varför vårt arbete betyder något för kunderna.',
      en: 'I explain why our work matters to our customers.',
    },
  },
  {
    id: 'q07',
    scale: 'system',
    facet: 'analyses results and patterns with us',
    text: {
      nb: 'Lederen min går gjennom salgsresultatene sammen med oss for å finne mønstre.',
      nn: 'Leiaren min går gjennom salsresultata saman med oss for å finne mønster.',
      sv: 'Min chef går igenom försäljningsresultaten tillsammans med oss för att hitta mönster.',
      en: 'My manager goes through our sales results with us to spot patterns.',
    },
    selfText: {
      nb: 'Jeg går gjennom salgsresultatene sammen med teamet for å finne mønstre.',
      nn: 'Eg går gjennom salsresultata saman med teamet for å finne mønster.',
      sv: 'Jag går igenom försäljningsresultaten tillsammans med teamet för att hitta mönster.',
      en: 'I go through our sales results with the team to spot patterns.',
    },
  },
  {
    id: 'q08',
    scale: 'administration',
    facet: 'information flow: kept up to date on priorities that affect our work',
    characteristic: 'clearExpectations',
    text: {
      nb: 'Lederen min holder oss oppdatert på prioriteringer som påvirker arbeidet vårt.',
      nn: 'Leiaren min held oss oppdaterte på prioriteringar som påverkar arbeidet vårt.',
      sv: 'Min chef håller oss uppdaterade om prioriteringar som påverkar vårt arbete.',
      en: 'My manager keeps us up to date on priorities that affect our work.',
    },
    selfText: {
      nb: 'Jeg holder teamet oppdatert på prioriteringer som påvirker arbeidet deres.',
      nn: 'Eg held teamet oppdatert på prioriteringar som påverkar arbeidet deira.',
      sv: 'Jag håller teamet uppdaterat om prioriteringar som påverkar deras arbete.',
      en: 'I keep my team up to date on priorities that affect their work.',
    },
  },
  // ── Page 2 ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'q09',
    scale: 'safety',
    facet: 'can raise problems and tough issues',
    text: {
      nb: 'I teamet vårt kan vi ta opp vanskelige saker åpent.',
      nn: 'I teamet vårt kan vi ta opp vanskelege saker ope.',
      sv: 'I vårt team kan vi ta upp svåra frågor öppet.',
      en: 'In our team, we can bring up difficult issues openly.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at de kan ta opp vanskelige saker åpent.',
      nn: 'Eg trur teamet mitt opplever at dei kan ta opp vanskelege saker ope.',
      sv: 'Jag tror att mitt team upplever att de kan ta upp svåra frågor öppet.',
      en: 'I believe my team feels able to bring up difficult issues openly.',
    },
  },
  {
    id: 'q10',
    scale: 'standard',
    facet: 'effort and quality of work matter: thorough preparation is expected',
    text: {
      nb: 'I teamet vårt er det forventet at vi forbereder kundesamtalene grundig.',
      nn: 'I teamet vårt er det venta at vi førebur kundesamtalane grundig.',
      sv: 'I vårt team förväntas vi förbereda kundsamtalen noggrant.',
      en: 'In our team, careful preparation for customer conversations is expected of us.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at grundige forberedelser til kundesamtaler er forventet.',
      nn: 'Eg trur teamet mitt opplever at grundige førebuingar til kundesamtalar er venta.',
      sv: 'Jag tror att mitt team upplever att noggranna förberedelser inför kundsamtal förväntas.',
      en: 'I believe my team feels careful preparation for customer conversations is expected.',
    },
  },
  {
    id: 'q11',
    scale: 'relation',
    facet: 'recognises effort, as well as results',
    text: {
      nb: 'Lederen min anerkjenner innsatsen min, også når et salg glipper.',
      nn: 'Leiaren min anerkjenner innsatsen min, også når ein avtale går tapt.',
      sv: 'Min chef uppmärksammar min insats, även när en affär går förlorad.',
      en: 'My manager recognises my effort, even when a deal is lost.',
    },
    selfText: {
      nb: 'Jeg anerkjenner innsatsen til selgerne mine, også når et salg glipper.',
      nn: 'Eg anerkjenner innsatsen til seljarane mine, også når ein avtale går tapt.',
      sv: 'Jag uppmärksammar mina säljares insats, även när en affär går förlorad.',
      en: 'I recognise my sellers’ effort, even when a deal is lost.',
    },
  },
  {
    id: 'q12',
    scale: 'system',
    facet: 'gives concrete professional feedback on how I sell',
    characteristic: 'continuousFeedback',
    text: {
      nb: 'Lederen min gir meg konkret tilbakemelding på hvordan jeg gjennomfører salgssamtaler.',
      nn: 'Leiaren min gjev meg konkrete tilbakemeldingar på korleis eg gjennomfører salssamtalar.',
      sv: 'Min chef ger mig konkret återkoppling på hur jag genomför säljsamtal.',
      en: 'My manager gives me concrete feedback on how I handle sales conversations.',
    },
    selfText: {
      nb: 'Jeg gir selgerne konkret tilbakemelding på hvordan de gjennomfører salgssamtaler.',
      nn: 'Eg gjev seljarane konkrete tilbakemeldingar på korleis dei gjennomfører salssamtalar.',
      sv: 'Jag ger säljarna konkret återkoppling på hur de genomför säljsamtal.',
      en: 'I give my sellers concrete feedback on how they handle sales conversations.',
    },
  },
  {
    id: 'q13',
    scale: 'administration',
    facet: 'follow-up: does what is promised',
    characteristic: 'systematicFollowUp',
    text: {
      nb: 'Lederen min sørger for at det som er lovet teamet, blir gjort.',
      nn: 'Leiaren min syter for at det som er lova teamet, blir gjort.',
      sv: 'Min chef ser till att det som har lovats teamet blir gjort.',
      en: 'My manager makes sure that what is promised to the team gets done.',
    },
    selfText: {
      nb: 'Jeg sørger for at det jeg lover teamet, blir gjort.',
      nn: 'Eg syter for at det eg lovar teamet, blir gjort.',
      sv: 'Jag ser till att det jag lovar teamet blir gjort.',
      en: 'I make sure that what I promise the team gets done.',
    },
  },
  {
    id: 'q14',
    scale: 'safety',
    facet: 'people are accepted for who they are',
    text: {
      nb: 'I teamet vårt blir folk akseptert som de er.',
      nn: 'I teamet vårt blir folk godtekne som dei er.',
      sv: 'I vårt team blir människor accepterade som de är.',
      en: 'In our team, people are accepted for who they are.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at folk blir akseptert som de er.',
      nn: 'Eg trur teamet mitt opplever at folk blir godtekne som dei er.',
      sv: 'Jag tror att mitt team upplever att människor accepteras som de är.',
      en: 'I believe my team feels people are accepted for who they are.',
    },
  },
  {
    id: 'q15',
    scale: 'standard',
    facet: 'results are followed up: it is noticed when a target is hit or missed',
    characteristic: 'continuousFeedback',
    text: {
      nb: 'I teamet vårt merker vi det når noen treffer eller bommer på målet.',
      nn: 'I teamet vårt merkar vi det når nokon treffer eller bommar på målet.',
      sv: 'I vårt team märks det när någon når eller missar sitt mål.',
      en: 'In our team, it gets noticed when someone hits or misses a target.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt merker det når noen treffer eller bommer på målet.',
      nn: 'Eg trur teamet mitt merkar det når nokon treffer eller bommar på målet.',
      sv: 'Jag tror att mitt team märker när någon når eller missar sitt mål.',
      en: 'I believe my team notices when someone hits or misses a target.',
    },
  },
  {
    id: 'q16',
    scale: 'relation',
    facet: 'knows what motivates me',
    text: {
      nb: 'Lederen min vet hva som motiverer meg i jobben som selger.',
      nn: 'Leiaren min veit kva som motiverer meg i jobben som seljar.',
      sv: 'Min chef vet vad som motiverar mig i mitt arbete som säljare.',
      en: 'My manager knows what motivates me in my work as a seller.',
    },
    selfText: {
      nb: 'Jeg vet hva som motiverer selgerne i teamet mitt.',
      nn: 'Eg veit kva som motiverer seljarane i teamet mitt.',
      sv: 'Jag vet vad som motiverar säljarna i mitt team.',
      en: 'I know what motivates the sellers in my team.',
    },
  },
  // ── Page 3 ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'q17',
    scale: 'system',
    facet: 'routines that give predictability: follow-up in a rhythm we can plan around',
    characteristic: 'systematicFollowUp',
    text: {
      nb: 'Lederen min følger oss opp i en fast rytme vi kan planlegge etter.',
      nn: 'Leiaren min følgjer oss opp i ein fast rytme vi kan planleggje etter.',
      sv: 'Min chef följer upp oss i en fast rytm som vi kan planera efter.',
      en: 'My manager follows up with us in a rhythm we can plan around.',
    },
    selfText: {
      nb: 'Jeg følger opp teamet i en fast rytme de kan planlegge etter.',
      nn: 'Eg følgjer opp teamet i ein fast rytme dei kan planleggje etter.',
      sv: 'Jag följer upp teamet i en fast rytm som de kan planera efter.',
      en: 'I follow up with my team in a rhythm they can plan around.',
    },
  },
  {
    id: 'q18',
    scale: 'administration',
    facet: 'overview: where I stand against my targets',
    text: {
      nb: 'Lederen min vet hvordan jeg ligger an mot målene mine.',
      nn: 'Leiaren min veit korleis eg ligg an mot måla mine.',
      sv: 'Min chef vet hur jag ligger till mot mina mål.',
      en: 'My manager knows where I stand against my targets.',
    },
    selfText: {
      nb: 'Jeg vet hvordan selgerne mine ligger an mot målene sine.',
      nn: 'Eg veit korleis seljarane mine ligg an mot måla sine.',
      sv: 'Jag vet hur mina säljare ligger till mot sina mål.',
      en: 'I know where my sellers stand against their targets.',
    },
  },
  {
    id: 'q19',
    scale: 'safety',
    facet: 'safe to try new approaches with customers',
    text: {
      nb: 'I teamet vårt er det trygt å prøve nye grep overfor kundene.',
      nn: 'I teamet vårt er det trygt å prøve nye grep overfor kundane.',
      sv: 'I vårt team är det tryggt att testa nya sätt att möta kunder.',
      en: 'In our team, it is safe to try new approaches with customers.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever det som trygt å prøve nye grep overfor kundene.',
      nn: 'Eg trur teamet mitt opplever det som trygt å prøve nye grep overfor kundane.',
      sv: 'Jag tror att mitt team upplever att det är tryggt att testa nya säljgrepp.',
      en: 'I believe my team feels safe trying new approaches with customers.',
    },
  },
  {
    id: 'q20',
    scale: 'standard',
    facet: 'the standard applies to everyone',
    text: {
      nb: 'I teamet vårt gjelder standarden for alle, også for toppselgerne.',
      nn: 'I teamet vårt gjeld standarden for alle, også for toppseljarane.',
      sv: 'I vårt team gäller standarden för alla, även för toppsäljarna.',
      en: 'In our team, the standard applies to everyone, including our top sellers.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at standarden gjelder for alle, også toppselgerne.',
      nn: 'Eg trur teamet mitt opplever at standarden gjeld for alle, også toppseljarane.',
      sv: 'Jag tror att mitt team upplever att standarden gäller alla, även toppsäljarna.',
      en: 'I believe my team feels the standard applies to everyone, including top sellers.',
    },
  },
  {
    id: 'q21',
    scale: 'relation',
    facet: 'sees the person: checks in regularly on how I am doing',
    characteristic: 'systematicFollowUp',
    text: {
      nb: 'Lederen min tar jevnlig en prat med meg om hvordan jeg har det.',
      nn: 'Leiaren min tek jamleg ein prat med meg om korleis eg har det.',
      sv: 'Min chef stämmer regelbundet av med mig hur jag mår.',
      en: 'My manager checks in with me regularly about how I’m doing.',
    },
    selfText: {
      nb: 'Jeg tar jevnlig en prat med selgerne mine om hvordan de har det.',
      nn: 'Eg tek jamleg ein prat med seljarane mine om korleis dei har det.',
      sv: 'Jag stämmer regelbundet av med mina säljare hur de mår.',
      en: 'I check in regularly with my sellers about how they’re doing.',
    },
  },
  {
    id: 'q22',
    scale: 'system',
    facet: 'describes clearly what good work looks like',
    characteristic: 'clearExpectations',
    text: {
      nb: 'Lederen min beskriver tydelig hvordan godt salgsarbeid ser ut i praksis.',
      nn: 'Leiaren min skildrar tydeleg korleis godt salsarbeid ser ut i praksis.',
      sv: 'Min chef beskriver tydligt hur ett bra säljarbete ser ut i praktiken.',
      en: 'My manager describes clearly what good sales work looks like in practice.',
    },
    selfText: {
      nb: 'Jeg beskriver tydelig hvordan godt salgsarbeid ser ut i praksis.',
      nn: 'Eg skildrar tydeleg korleis godt salsarbeid ser ut i praksis.',
      sv: 'Jag beskriver tydligt hur ett bra säljarbete ser ut i praktiken.',
      en: 'I describe clearly what good sales work looks like in practice.',
    },
  },
  {
    id: 'q23',
    scale: 'administration',
    facet: 'information flow: we get the information we need',
    text: {
      nb: 'Lederen min gir oss informasjonen vi trenger i møte med kundene.',
      nn: 'Leiaren min gjev oss informasjonen vi treng i møte med kundane.',
      sv: 'Min chef ger oss den information vi behöver i mötet med kunderna.',
      en: 'My manager gives us the information we need to serve our customers.',
    },
    selfText: {
      nb: 'Jeg gir teamet informasjonen de trenger i møte med kundene.',
      nn: 'Eg gjev teamet informasjonen dei treng i møte med kundane.',
      sv: 'Jag ger teamet den information de behöver i mötet med kunderna.',
      en: 'I give my team the information they need to serve our customers.',
    },
  },
  {
    id: 'q24',
    scale: 'safety',
    facet: 'easy to ask for help',
    text: {
      nb: 'I teamet vårt er det lett å be om hjelp med en vanskelig kunde.',
      nn: 'I teamet vårt er det lett å be om hjelp med ein vanskeleg kunde.',
      sv: 'I vårt team är det lätt att be om hjälp med en svår kund.',
      en: 'In our team, it is easy to ask for help with a difficult customer.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt synes det er lett å be om hjelp med vanskelige kunder.',
      nn: 'Eg trur teamet mitt synest det er lett å be om hjelp med vanskelege kundar.',
      sv: 'Jag tror att mitt team har lätt för att be om hjälp med svåra kunder.',
      en: 'I believe my team finds it easy to ask for help with difficult customers.',
    },
  },
  // ── Page 4 ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'q25',
    scale: 'standard',
    facet: 'under-performance is addressed: weak results lead to a concrete plan',
    characteristic: 'personalAccountability',
    text: {
      nb: 'I teamet vårt fører svake resultater til en konkret plan for å bli bedre.',
      nn: 'I teamet vårt fører svake resultat til ein konkret plan for å bli betre.',
      sv: 'I vårt team leder svaga resultat till en konkret plan för att bli bättre.',
      en: 'In our team, falling short of a target leads to a concrete plan to improve.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt ser at svake resultater fører til en konkret plan.',
      nn: 'Eg trur teamet mitt ser at svake resultat fører til ein konkret plan.',
      sv: 'Jag tror att mitt team ser att svaga resultat leder till en konkret plan.',
      en: 'I believe my team sees that falling short leads to a concrete plan.',
    },
  },
  {
    id: 'q26',
    scale: 'relation',
    facet: 'inspires: gives a clear direction',
    text: {
      nb: 'Lederen min gir oss et tydelig bilde av hvor teamet er på vei.',
      nn: 'Leiaren min gjev oss eit tydeleg bilete av kvar teamet er på veg.',
      sv: 'Min chef ger oss en tydlig bild av vart teamet är på väg.',
      en: 'My manager gives us a clear picture of where our team is heading.',
    },
    selfText: {
      nb: 'Jeg gir teamet et tydelig bilde av hvor vi er på vei.',
      nn: 'Eg gjev teamet eit tydeleg bilete av kvar vi er på veg.',
      sv: 'Jag ger teamet en tydlig bild av vart vi är på väg.',
      en: 'I give my team a clear picture of where we are heading.',
    },
  },
  {
    id: 'q27',
    scale: 'system',
    facet: 'uses figures to show where we can improve',
    text: {
      nb: 'Lederen min bruker salgstallene til å vise oss hvor vi kan bli bedre.',
      nn: 'Leiaren min brukar salstala til å vise oss kvar vi kan bli betre.',
      sv: 'Min chef använder försäljningssiffrorna för att visa var vi kan bli bättre.',
      en: 'My manager uses our sales figures to show where we can improve.',
    },
    selfText: {
      nb: 'Jeg bruker salgstallene til å vise teamet hvor vi kan bli bedre.',
      nn: 'Eg brukar salstala til å vise teamet kvar vi kan bli betre.',
      sv: 'Jag använder försäljningssiffrorna för att visa teamet var vi kan bli bättre.',
      en: 'I use our sales figures to show the team where we can improve.',
    },
  },
  {
    id: 'q28',
    scale: 'administration',
    facet: 'follow-up: agreements from meetings are followed up',
    characteristic: 'systematicFollowUp',
    text: {
      nb: 'Lederen min følger opp avtalene vi gjør på salgsmøtene.',
      nn: 'Leiaren min følgjer opp avtalane vi gjer på salsmøta.',
      sv: 'Min chef följer upp överenskommelserna vi gör på säljmötena.',
      en: 'My manager follows up on the agreements we make in sales meetings.',
    },
    selfText: {
      nb: 'Jeg følger opp avtalene vi gjør på salgsmøtene.',
      nn: 'Eg følgjer opp avtalane vi gjer på salsmøta.',
      sv: 'Jag följer upp överenskommelserna vi gör på säljmötena.',
      en: 'I follow up on the agreements we make in sales meetings.',
    },
  },
  {
    id: 'q41',
    scale: 'safety',
    facet: 'nobody undermines a colleague: we respect each other’s customers and deals',
    text: {
      nb: 'I teamet vårt respekterer vi hverandres kunder og avtaler.',
      nn: 'I teamet vårt respekterer vi kundane og avtalane til kvarandre.',
      sv: 'I vårt team respekterar vi varandras kunder och affärer.',
      en: 'In our team, we respect each other’s customers and deals.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at de respekterer hverandres kunder og avtaler.',
      nn: 'Eg trur teamet mitt opplever at dei respekterer kundane og avtalane til kvarandre.',
      sv: 'Jag tror att mitt team upplever att de respekterar varandras kunder och affärer.',
      en: 'I believe my team members respect each other’s customers and deals.',
    },
  },
  {
    id: 'q30',
    scale: 'standard',
    facet: 'we are challenged to improve',
    text: {
      nb: 'I teamet vårt blir vi utfordret til å bli enda bedre selgere.',
      nn: 'I teamet vårt blir vi utfordra til å bli endå betre seljarar.',
      sv: 'I vårt team utmanas vi att bli ännu bättre säljare.',
      en: 'In our team, we are challenged to become even better sellers.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt føler seg utfordret til å bli enda bedre selgere.',
      nn: 'Eg trur teamet mitt kjenner seg utfordra til å bli endå betre seljarar.',
      sv: 'Jag tror att mitt team känner sig utmanat att bli ännu bättre säljare.',
      en: 'I believe my team feels challenged to become even better sellers.',
    },
  },
  {
    id: 'q31',
    scale: 'relation',
    facet: 'recognises growth and development',
    characteristic: 'continuousFeedback',
    text: {
      nb: 'Lederen min gir meg anerkjennelse når jeg utvikler meg som selger.',
      nn: 'Leiaren min gjev meg anerkjenning når eg utviklar meg som seljar.',
      sv: 'Min chef uppmärksammar när jag utvecklas som säljare.',
      en: 'My manager gives me credit when I improve as a seller.',
    },
    selfText: {
      nb: 'Jeg gir selgerne anerkjennelse når de utvikler seg i rollen.',
      nn: 'Eg gjev seljarane anerkjenning når dei utviklar seg i rolla.',
      sv: 'Jag uppmärksammar när mina säljare utvecklas i sin roll.',
      en: 'I give my sellers credit when they improve in their role.',
    },
  },
  {
    id: 'q32',
    scale: 'system',
    facet: 'gives feedback while the work is still fresh',
    characteristic: 'continuousFeedback',
    text: {
      nb: 'Lederen min gir meg tilbakemelding på det jeg nylig har gjort, mens det er ferskt.',
      nn: 'Leiaren min gjev meg tilbakemelding på det eg nyleg har gjort, medan det er ferskt.',
      sv: 'Min chef ger mig återkoppling på mitt arbete medan det fortfarande är färskt.',
      en: 'My manager gives me feedback on my recent work while it’s still fresh.',
    },
    selfText: {
      nb: 'Jeg gir selgerne tilbakemelding på det de nylig har gjort, mens det er ferskt.',
      nn: 'Eg gjev seljarane tilbakemelding på det dei nyleg har gjort, medan det er ferskt.',
      sv: 'Jag ger säljarna återkoppling på deras arbete medan det fortfarande är färskt.',
      en: 'I give my sellers feedback on their recent work while it’s still fresh.',
    },
  },
  // ── Page 5 ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'q33',
    scale: 'administration',
    facet: 'overview: up-to-date view of the pipeline',
    text: {
      nb: 'Lederen min har oppdatert oversikt over salgsmulighetene vi jobber med.',
      nn: 'Leiaren min har oppdatert oversikt over salsmoglegheitene vi arbeider med.',
      sv: 'Min chef har en aktuell överblick över affärerna vi arbetar med.',
      en: 'My manager has an up-to-date overview of the deals we are working on.',
    },
    selfText: {
      nb: 'Jeg har oppdatert oversikt over salgsmulighetene teamet jobber med.',
      nn: 'Eg har oppdatert oversikt over salsmoglegheitene teamet arbeider med.',
      sv: 'Jag har en aktuell överblick över affärerna teamet arbetar med.',
      en: 'I have an up-to-date overview of the deals my team is working on.',
    },
  },
  {
    id: 'q34',
    scale: 'safety',
    facet: 'my skills are valued',
    text: {
      nb: 'I teamet vårt blir det jeg kan som selger, verdsatt.',
      nn: 'I teamet vårt blir det eg kan som seljar, verdsett.',
      sv: 'I vårt team värdesätts det jag kan som säljare.',
      en: 'In our team, the skills I bring as a seller are valued.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at det de kan som selgere, blir verdsatt.',
      nn: 'Eg trur teamet mitt opplever at det dei kan som seljarar, blir verdsett.',
      sv: 'Jag tror att mitt team upplever att det de kan som säljare värdesätts.',
      en: 'I believe my team feels their skills as sellers are valued.',
    },
  },
  {
    id: 'q35',
    scale: 'standard',
    facet: 'people take ownership of their own results',
    characteristic: 'personalAccountability',
    text: {
      nb: 'I teamet vårt tar hver selger ansvar for egne resultater.',
      nn: 'I teamet vårt tek kvar seljar ansvar for eigne resultat.',
      sv: 'I vårt team tar varje säljare ansvar för sina egna resultat.',
      en: 'In our team, each seller takes ownership of their own results.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at hver selger tar ansvar for egne resultater.',
      nn: 'Eg trur teamet mitt opplever at kvar seljar tek ansvar for eigne resultat.',
      sv: 'Jag tror att mitt team upplever att varje säljare tar ansvar för sina resultat.',
      en: 'I believe my team sees each seller taking ownership of their results.',
    },
  },
  {
    id: 'q36',
    scale: 'relation',
    facet: 'builds trust by being honest with us',
    text: {
      nb: 'Lederen min er ærlig mot oss, også når nyhetene er dårlige.',
      nn: 'Leiaren min er ærleg mot oss, også når nyheitene er dårlege.',
      sv: 'Min chef är ärlig mot oss, även när nyheterna är dåliga.',
      en: 'My manager is honest with us, even when the news is bad.',
    },
    selfText: {
      nb: 'Jeg er ærlig mot teamet, også når nyhetene er dårlige.',
      nn: 'Eg er ærleg mot teamet, også når nyheitene er dårlege.',
      sv: 'Jag är ärlig mot teamet, även när nyheterna är dåliga.',
      en: 'I am honest with my team, even when the news is bad.',
    },
  },
  {
    id: 'q37',
    scale: 'system',
    facet: 'demands that hold for all, fairly: targets followed up the same fair way',
    characteristic: 'personalAccountability',
    text: {
      nb: 'Lederen min følger opp målene til alle i teamet på samme rettferdige måte.',
      nn: 'Leiaren min følgjer opp måla til alle i teamet på same rettferdige måte.',
      sv: 'Min chef följer upp allas mål i teamet på samma rättvisa sätt.',
      en: 'My manager follows up on everyone’s targets in the same fair way.',
    },
    selfText: {
      nb: 'Jeg følger opp målene til selgerne mine på samme rettferdige måte.',
      nn: 'Eg følgjer opp måla til seljarane mine på same rettferdige måte.',
      sv: 'Jag följer upp mina säljares mål på samma rättvisa sätt.',
      en: 'I follow up on my sellers’ targets in the same fair way.',
    },
  },
  {
    id: 'q38',
    scale: 'administration',
    facet: 'follow-up: keeps planned one-to-ones',
    text: {
      nb: 'Lederen min gjennomfører oppfølgingssamtalene med meg som planlagt.',
      nn: 'Leiaren min gjennomfører oppfølgingssamtalane med meg som planlagt.',
      sv: 'Min chef genomför uppföljningssamtalen med mig på de tider vi bokat.',
      en: 'My manager keeps our one-to-one meetings as planned.',
    },
    selfText: {
      nb: 'Jeg gjennomfører oppfølgingssamtalene med selgerne mine som planlagt.',
      nn: 'Eg gjennomfører oppfølgingssamtalane med seljarane mine som planlagt.',
      sv: 'Jag genomför uppföljningssamtalen med mina säljare på de tider vi bokat.',
      en: 'I keep my one-to-one meetings with my sellers as planned.',
    },
  },
  {
    id: 'q39',
    scale: 'safety',
    facet: 'safe to disagree with the leader',
    text: {
      nb: 'I teamet vårt er det trygt å være uenig med lederen.',
      nn: 'I teamet vårt er det trygt å vere usamd med leiaren.',
      sv: 'I vårt team är det tryggt att vara oenig med chefen.',
      en: 'In our team, it is safe to disagree with our manager.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever det som trygt å være uenig med meg.',
      nn: 'Eg trur teamet mitt opplever det som trygt å vere usamd med meg.',
      sv: 'Jag tror att mitt team upplever det som tryggt att vara oenig med mig.',
      en: 'I believe my team feels safe disagreeing with me.',
    },
  },
  {
    id: 'q40',
    scale: 'standard',
    facet: 'we know what good looks like here',
    characteristic: 'clearExpectations',
    text: {
      nb: 'I teamet vårt vet vi hvordan en god salgsuke ser ut.',
      nn: 'I teamet vårt veit vi korleis ei god salsveke ser ut.',
      sv: 'I vårt team vet vi hur en bra säljvecka ser ut.',
      en: 'In our team, we know what a good sales week looks like.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt vet hvordan en god salgsuke ser ut.',
      nn: 'Eg trur teamet mitt veit korleis ei god salsveke ser ut.',
      sv: 'Jag tror att mitt team vet hur en bra säljvecka ser ut.',
      en: 'I believe my team knows what a good sales week looks like.',
    },
  },
] as const satisfies readonly Item[];
