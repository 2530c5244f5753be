/** A topic the Sandbox audience can get excited about: a headline and a one-sentence summary. */
export interface SandboxTopic {
  title: string;
  summary: string;
}

export type SandboxIndustry = 'fintech' | 'tech' | 'education' | 'retail' | 'health' | 'other';

/**
 * What the Sandbox network's simulated audience talks about, per brand industry (the same
 * industries as brands/brand.ts). Realistic headlines so the pipeline's clustering, scoring and
 * the studio's trend-inspired drafts have something believable to work with.
 */
export const sandboxTopicBank: Record<SandboxIndustry, SandboxTopic[]> = {
  fintech: [
    { title: 'Instant payments adoption accelerates at mid-size banks', summary: 'Regional banks report that real-time transfers now make up a fifth of outgoing payments.' },
    { title: 'Regulators tighten rules on buy now, pay later lending', summary: 'New affordability checks for BNPL providers take effect next quarter.' },
    { title: 'Stablecoin payouts gain ground with freelance platforms', summary: 'Several marketplaces now let contractors be paid in dollar-backed stablecoins.' },
    { title: 'Open banking API traffic hits a record high', summary: 'Monthly calls to open banking APIs passed ten billion for the first time.' },
    { title: 'Card fraud losses fall as AI scoring spreads', summary: 'Issuers credit machine-learning fraud models for the first annual drop in losses since 2019.' },
    { title: 'Small businesses switch banks over hidden fees', summary: 'A survey finds one in four small firms changed banks this year, citing account fees.' },
    { title: 'Embedded lending comes to accounting software', summary: 'Bookkeeping apps are adding working-capital loans priced from the firm’s own ledger.' },
    { title: 'Central bank digital currency pilots expand', summary: 'Three more central banks announced retail CBDC pilots with commercial bank partners.' },
    { title: 'Neobanks race to reach profitability', summary: 'Digital-only banks are cutting marketing spend and adding paid tiers to break even.' },
    { title: 'Savings rates climb as banks compete for deposits', summary: 'Easy-access savings accounts now pay the highest rates in over a decade.' },
    { title: 'Payroll apps add on-demand pay for hourly workers', summary: 'Employers are offering earned-wage access as a retention perk.' },
    { title: 'Crypto exchanges face new licensing deadline', summary: 'Unlicensed exchanges must register or stop serving local customers by year end.' },
    { title: 'Invoice financing demand rises among suppliers', summary: 'Late payments from large customers are pushing suppliers toward invoice finance.' },
    { title: 'Passkeys replace passwords in banking apps', summary: 'Major banks are rolling out passkey sign-in to cut account-takeover fraud.' },
    { title: 'Cross-border transfer fees drop under new competition', summary: 'Remittance costs fell to a record low as fintechs undercut traditional providers.' },
  ],
  tech: [
    { title: 'AI coding assistants reshape developer hiring', summary: 'Engineering leaders say AI tools are changing which skills they screen for.' },
    { title: 'Open-source AI models close the gap with closed ones', summary: 'New open-weight models match proprietary systems on common benchmarks.' },
    { title: 'Cloud costs push startups toward hybrid hosting', summary: 'Growing cloud bills have some startups moving steady workloads to their own servers.' },
    { title: 'Passkey support arrives in every major browser', summary: 'All major browsers now support passkeys, speeding the move away from passwords.' },
    { title: 'EU AI Act obligations start to bite', summary: 'Companies deploying high-risk AI systems must now document and test them.' },
    { title: 'Smart glasses get a second chance', summary: 'Lighter AI-powered glasses are selling better than the first wave of headsets.' },
    { title: 'Developers embrace local-first software', summary: 'Apps that sync in the background but work offline are winning developer mindshare.' },
    { title: 'Major outage sparks debate over cloud concentration', summary: 'A multi-hour cloud outage took down thousands of sites and renewed calls for redundancy.' },
    { title: 'Chipmakers race to build AI data center capacity', summary: 'Demand for AI accelerators keeps chip supply tight into next year.' },
    { title: 'Right-to-repair laws expand to phones and laptops', summary: 'Manufacturers must now sell parts and manuals to independent repair shops.' },
    { title: 'Remote teams rethink async communication', summary: 'Distributed companies are trading meetings for written updates and recorded demos.' },
    { title: 'Quantum computing startups report error-correction milestone', summary: 'Researchers demonstrated logical qubits that outlast their physical components.' },
    { title: 'Browser extensions face stricter security reviews', summary: 'App stores are tightening checks after malicious extensions stole session cookies.' },
    { title: 'Battery breakthroughs promise faster-charging laptops', summary: 'New silicon-anode cells could charge a laptop to 80% in fifteen minutes.' },
    { title: 'Tech layoffs slow as hiring picks up again', summary: 'Job postings for software roles rose for the third month in a row.' },
  ],
  education: [
    { title: 'Schools rewrite homework policies for the AI era', summary: 'Teachers are shifting graded work into class as AI writing tools spread.' },
    { title: 'Microcredentials gain ground with employers', summary: 'More employers now accept short online certificates in place of degrees for entry roles.' },
    { title: 'Phone bans in classrooms show early results', summary: 'Schools that banned phones report fewer distractions and better attention.' },
    { title: 'Student loan repayment changes confuse borrowers', summary: 'A new repayment plan has borrowers asking how their monthly bills will change.' },
    { title: 'Tutoring programs credited with learning recovery', summary: 'High-dosage tutoring is closing the gaps left by school closures.' },
    { title: 'Universities expand online degrees for working adults', summary: 'Enrollment in part-time online degrees reached a record this autumn.' },
    { title: 'Teachers share how they use AI for lesson planning', summary: 'Educators are trading prompts that save hours on worksheets and rubrics.' },
    { title: 'Coding bootcamps pivot to AI and data skills', summary: 'Bootcamps are replacing web development tracks with data and machine-learning courses.' },
    { title: 'Reading scores spark a return to phonics', summary: 'Districts are adopting phonics-based curricula after disappointing reading results.' },
    { title: 'Apprenticeships grow as an alternative to college', summary: 'Apprenticeship starts rose sharply in tech, healthcare and the trades.' },
    { title: 'School budgets tighten as relief funds run out', summary: 'Districts face hard choices as pandemic-era funding comes to an end.' },
    { title: 'Parents push for financial literacy classes', summary: 'More states now require a personal finance course to graduate high school.' },
    { title: 'Language-learning apps add AI conversation partners', summary: 'Learners can now practise speaking with AI tutors that correct them in real time.' },
    { title: 'Campus mental health services stretched thin', summary: 'Wait times for university counselling services have doubled in two years.' },
    { title: 'Four-day school weeks spread in rural districts', summary: 'Rural districts are using shorter weeks to recruit and keep teachers.' },
  ],
  retail: [
    { title: 'Holiday shoppers start earlier than ever', summary: 'A third of shoppers say they began holiday buying before November.' },
    { title: 'Social commerce sales surge on short-video apps', summary: 'Shoppable videos now drive a growing share of online sales for small brands.' },
    { title: 'Retailers roll back self-checkout', summary: 'Several chains are bringing back staffed tills after complaints and losses.' },
    { title: 'Resale and secondhand fashion keep growing', summary: 'The secondhand clothing market is growing several times faster than new apparel.' },
    { title: 'Shoppers trade down to store brands', summary: 'Private-label products are winning share as households watch their budgets.' },
    { title: 'Free returns come to an end at more stores', summary: 'Retailers are adding return fees to curb the cost of online returns.' },
    { title: 'Loyalty programs shift toward personalised offers', summary: 'Brands are replacing points with tailored discounts based on purchase history.' },
    { title: 'Same-day delivery expands beyond big cities', summary: 'Retailers are using stores as mini warehouses to deliver same day in smaller towns.' },
    { title: 'Independent shops band together against big platforms', summary: 'Local retailers are forming online marketplaces to compete with the giants.' },
    { title: 'Shrinkflation draws shopper backlash', summary: 'Consumers are calling out smaller packs sold at the same price.' },
    { title: 'Pop-up stores make a comeback for online brands', summary: 'Digital-native brands are testing short-term physical shops to meet customers.' },
    { title: 'Buy online, pick up in store hits new highs', summary: 'Click-and-collect orders rose as shoppers avoid delivery fees.' },
    { title: 'AI shopping assistants arrive on retail sites', summary: 'Retailers are adding chat assistants that recommend products and answer questions.' },
    { title: 'Sustainable packaging becomes a purchase driver', summary: 'Shoppers say recyclable packaging now influences which brands they choose.' },
    { title: 'Subscription boxes rethink their model', summary: 'Subscription brands are adding flexible skips and one-off purchases to keep customers.' },
  ],
  health: [
    { title: 'GLP-1 drugs reshape the weight-loss conversation', summary: 'Demand for new weight-loss medicines is changing how people talk about diet and health.' },
    { title: 'Telehealth visits settle into a new normal', summary: 'Virtual appointments have levelled off at several times their pre-pandemic share.' },
    { title: 'Wearables add blood-pressure alerts', summary: 'New smartwatch features flag possible hypertension and prompt a doctor visit.' },
    { title: 'Flu and RSV season arrives early', summary: 'Health agencies urge vaccination as respiratory infections rise ahead of winter.' },
    { title: 'Sleep tracking becomes a wellness obsession', summary: 'People are sharing sleep scores and routines to improve their rest.' },
    { title: 'Clinics use AI scribes to cut paperwork', summary: 'Doctors say AI note-taking gives them more time with patients.' },
    { title: 'Mental health apps face questions on privacy', summary: 'Regulators are scrutinising how therapy apps share user data.' },
    { title: 'Walking pads and desk workouts go mainstream', summary: 'Office workers are adding movement to their day with under-desk treadmills.' },
    { title: 'Nurse staffing shortages ease slightly', summary: 'Hospitals report fewer vacancies as training programmes expand.' },
    { title: 'Ultra-processed food debate heats up', summary: 'New studies link heavily processed diets to poorer health outcomes.' },
    { title: 'Pharmacies expand walk-in health services', summary: 'Pharmacists can now treat more common conditions without a GP appointment.' },
    { title: 'Longevity clinics attract curious patients', summary: 'Preventive health check-ups promising longer lives are drawing crowds and sceptics.' },
    { title: 'Strength training popular with older adults', summary: 'Doctors encourage resistance exercise to protect muscle and bone with age.' },
    { title: 'Hospitals invest in at-home care programmes', summary: 'Hospital-at-home schemes let some patients recover in their own beds.' },
    { title: 'Screen time guidelines updated for teenagers', summary: 'Paediatric groups issued new advice on social media use and sleep.' },
  ],
  other: [
    { title: 'Four-day work week trials report results', summary: 'Companies in the trials say productivity held steady while burnout fell.' },
    { title: 'Small businesses lean on AI for marketing', summary: 'Owners are using AI tools to write posts, emails and product descriptions.' },
    { title: 'Remote work policies tighten at large employers', summary: 'More large companies now require staff in the office three days a week.' },
    { title: 'Energy bills shape household spending', summary: 'Families are cutting back elsewhere as heating costs rise into winter.' },
    { title: 'Local news outlets try new funding models', summary: 'Community newsrooms are turning to memberships and nonprofit grants.' },
    { title: 'Customer service chatbots frustrate shoppers', summary: 'Consumers say they still want a quick way to reach a human.' },
    { title: 'Side hustles keep growing among young workers', summary: 'A majority of under-30s now earn money outside their main job.' },
    { title: 'Cities expand bike lanes and e-scooter rules', summary: 'Urban commuters are switching to bikes as cities add protected lanes.' },
    { title: 'Volunteering rebounds after years of decline', summary: 'Charities report more people signing up to give their time.' },
    { title: 'Brands rethink their presence on social platforms', summary: 'Marketers are spreading effort across newer networks as audiences fragment.' },
    { title: 'Cost of living pushes more people to cook at home', summary: 'Grocery spending is up while restaurant visits are down.' },
    { title: 'Creators turn newsletters into businesses', summary: 'Paid newsletters are becoming a full-time income for niche writers.' },
    { title: 'Workers ask for clearer pay ranges in job ads', summary: 'Pay transparency laws are spreading and job seekers expect salary ranges.' },
    { title: 'Extreme weather disrupts travel plans', summary: 'Storms and heatwaves are prompting travellers to buy more flexible tickets.' },
    { title: 'Community events drive local business foot traffic', summary: 'Markets and festivals are bringing shoppers back to high streets.' },
  ],
};

/** Topic shapes for a brand's own pillars (`{x}` is the interest, `{X}` capitalised). */
export const sandboxInterestTemplates: SandboxTopic[] = [
  { title: '{X} questions are spiking among small business owners', summary: 'Owners in the Sandbox audience are asking more about {x} than at any point this month.' },
  { title: 'Why everyone is suddenly talking about {x}', summary: 'Posts mentioning {x} are being shared well above their usual rate.' },
  { title: '{X}: the mistakes people keep sharing', summary: 'Followers are swapping stories of what went wrong with {x} and how they fixed it.' },
  { title: 'New survey: how customers really feel about {x}', summary: 'A widely shared poll suggests opinions on {x} are shifting.' },
  { title: 'The {x} debate heating up this week', summary: 'Two camps have formed around {x}, and replies are piling up on both sides.' },
  { title: "Beginners' guides to {x} are trending", summary: 'Step-by-step explainers about {x} are drawing saves and shares from newcomers.' },
  { title: '{X} myths the audience keeps debunking', summary: 'Followers are correcting common misconceptions about {x} in the comments.' },
  { title: 'Creators share their best {x} tips', summary: 'Short tip threads about {x} are among the most-saved posts this week.' },
];

const knownIndustries = new Set<string>(Object.keys(sandboxTopicBank));

function isSandboxIndustry(value: string): value is SandboxIndustry {
  return knownIndustries.has(value);
}

/** A brand's industry as a bank key; anything unknown reads as `other`. */
export function asSandboxIndustry(industry: string): SandboxIndustry {
  const normalised = industry.trim().toLowerCase();
  if (normalised === 'healthcare') return 'health';
  return isSandboxIndustry(normalised) ? normalised : 'other';
}
