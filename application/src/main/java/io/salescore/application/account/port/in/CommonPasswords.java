package io.salescore.application.account.port.in;

/**
 * The commonest passwords that the length rule alone would let through: every entry of 10 characters or more
 * of zxcvbn 4.4.2's list of the 30 000 commonest passwords ("passwords" in lib/frequency_lists.js, most common
 * first; Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc., MIT License). Shorter entries are refused by
 * the length rule anyway. Kept as source so the application module needs no I/O to read it.
 */
final class CommonPasswords {

    /** One password per line, lower case, most common first. */
    static final String LIST =
            "qwertyuiop\n1234567890\nq1w2e3r4t5\n1q2w3e4r5t\n4815162342\n123456789a\n12345qwert\n1234554321\n" +
            "usuckballz1\npassword123\n123456789q\n1029384756\n123qweasdzxc\nsoso123aljg\nmanchester\n" +
            "1qaz2wsx3edc\n12345678910\nq1w2e3r4t5y6\n1123581321\nqwerty12345\n1q2w3e4r5t6y\nfuck_inside\n" +
            "mailcreated5240\nnuttertools\n1122334455\nqazwsxedcrfv\n123456qwerty\n1234567890q\nterminator\n" +
            "qwerty123456\nenterprise\n123456789z\npoiuytrewq\nrjirfrgbde\nfktrcfylhf\npolniypizdec0211\n" +
            "sojdlg123aljg\na123456789\ntranslator\ndeepthroat\nqwerty1234\nundertaker\nmultiplelo\nmotherlode\n" +
            "rjycnfynby\nsyncmaster\naleksandra\nsalamander\nmontgom240\nsersolution\nleavemealone\nrealmadrid\n" +
            "tinkerbell\n123456654321\ndragonball\nplaystation\nghostrider\n1234567890a\n1357924680\n7ugd5hip2j\n" +
            "gfhjkmgfhjkm\n9293709b13\nmicrophone\n1234567891\nvsjasnel12\nyjdsqgfhjkm\nqazwsxedc123\nstrawberry\n" +
            "anastasiya\nzxcvbnm123\nharrypotter\nmypassword\npassword12\nqwert12345\nabrakadabra\nalessandro\n" +
            "fuckinside\n123456789s\ngood123654\n7894561230\nkonstantin\nhighlander\nghjcnjgfhjkm\ntokiohotel\n" +
            "sonyericsson\nevangelion\nzxcasdqwe123\nsuckmydick\nliverpool1\npufunga7782\nhellokitty\nironmaiden\n" +
            "ghhh47hj7649\nroadrunner\nintercourse\nhtubcnhfwbz\n12345qwerty\n123456789m\nvqsablpzla\nskateboard\n" +
            "q123456789\nfriendster\n123456789d\nmasterbate\nvfntvfnbrf\ncocksucker\npenetration\n0192837465\n" +
            "alexander1\nnthvbyfnjh\nazertyuiop\n123456789qwe\n1qazxsw23edc\npassword01\nilovepussy\n1234567899\n" +
            "1234509876\npassword99\nmadagaskar\ndragonballz\nabracadabra\nrfhfvtkmrf\nronaldinho\nmasterbating\n" +
            "supersonic\nghjcnbnenrf\nqwerasdfzxcv\ngreedisgood\nqweasdzxc123\ncheerleaers\nmetallica1\n" +
            "flvbybcnhfnjh\n123456789r\nnopassword\n123456789987654321\nblackberry\n1020304050\n112233445566\n" +
            "z1x2c3v4b5\nmastermind\ninteracial\n1357908642\n123456789v\nq1q2q3q4q5\nfinalfantasy\nghbdtnrfrltkf\n" +
            "1z2x3c4v5b\ngangbanged\nspiderman1\n0987654321q\nwebsolutions\n1234567890z\n123456789o\nlosangeles\n" +
            "a1b2c3d4e5\n987654321a\nchristophe\nwachtwoord\nchickenwing101\n1qaz2wsx3edc4rfv\na1s2d3f4g5\n" +
            "3rjs1la7qe\nquant4307s\nhousewifes\npassword11\nghbdtndctv\ngroupd2013\nvflfufcrfh\nbabemagnet\n" +
            "lamborghini\njustinbieber\nlockerroom\nejaculation\ncasablanca\npussylover\narmageddon\n" +
            "contortionist\nknickerless\nmasturbation\ntransexual\nevanescence\nqawsedrftg\n1a2s3d4f5g\n" +
            "qazwsxedc1\npornographic\ncomicbookdb\nmotdepasse\nbraveheart\nporsche911\nnewproject2004\n" +
            "j3qq4h7h2v\n1213141516\nyfnfitymrf\n123456789p\nmaximilian\nneedforspeed\ndevilmaycry\nshevchenko\n" +
            "montecarlo\n123456789l\nbusinessbabe\nfuckmehard\nzxcvb12345\n1a2b3c4d5e\ncharlie123\n123456789123\n" +
            "uncencored\ncallofduty\nmasterbaiting\n12345678900\nvolkswagen\n0000000000o\nspartan117\n12345654321\n" +
            "maurolarastefy\npathfinder\nasdfg12345\nwatermelon\nastalavista\npenetrating\nsummertime\n" +
            "domainlock2005\ndhjnvytyjub\n987654321q\npokemon123\ncxfcnkbdfz\nmomsanaladventure\n123456789k\n" +
            "dkflbvbhjdbx\n17171717aa\nhd764nw5d7e1vb1\ndeutschland\ndoggystyle\naleksander\nqazwsxedcrfvtgb\n" +
            "darthvader\nlifeisgood\ninsertions\n123hfjdk147\npeternorth\na1a2a3a4a5\n8phrowz622\n5hsu75kpot\n" +
            "badnaamhere\n0102030405\ndkflbvbhjdyf\nbondarenko\nmostwanted\npussylicker\n3216732167\n8phrowz624\n" +
            "mapet123456\nopensesame\ngoldfinger\nlimpbizkit\nthunderbird\npostov1000\ncounterstrike\nsolidsnake\n" +
            "zcxfcnkbdf\ngy3yt2rgls\nbladerunner\nfuckyou123\nchocolate1\njediknight\nzaq1xsw2cde3\n1a2a3a4a5a\n" +
            "vfvfvskfhfve\nangelofwar\nghjcnjghjcnj\nq1234567890\nfkmnthyfnbdf\nhondacivic\nwelcome123\n" +
            "ctdfcnjgjkm\n123456789abc\n123456789n\nadmin18533362\n89600506779\nsalamandra\nsmallville\n" +
            "23176djivanfros\n123456789qwerty\nqazxswedcvfr\nilovemyself\ngalatasaray\nqwertyasdfgh\ncyberonline\n" +
            "cvzefh1gkc\nqwertasdfg\nazsxdcfvgb\nblingbling\nprettygirl\nsailormoon\njesuschrist\ndarkknight\n" +
            "1111111111zz\n1q2q3q4q5q\noc247ngucz\npussyeater\npsychnaut1\nwhosyourdaddy\nwhatthefuck\n1223334444\n" +
            "123456789w\nparolparol\nastonvilla\n123123123q\nfktrcfylhjdyf\nfktrcfylhjdbx\n89015173454\n" +
            "123456789qaz\n1234qwerty\ncnjvfnjkju\nmickeymouse\npassword69\ntrustnoone\nt34vfrc1991\n541233432442\n" +
            "fgjrfkbgcbc\n4904s677075\n1111122222\n12345trewq\n0147896325\n12345678900987654321\ndashadasha\n" +
            "bestfriend\nfartripper\npassword1234\nqpwoeiruty\nghbdtnghbdtn\npainkiller\nfirefighter\n" +
            "010203040506\nlost4815162342\nbirthday21\n12345zxcvb\nwebhompass\nvenom121293\nneveragain\n" +
            "moneymaker\n51051051051\ncxfcnmttcnm\n102030405060\nvanyarespekt\nsexmachine\n123456789g\n" +
            "1234567890s\ntesting123\nslipknot666\nletmeinnow\nhellraiser\ndbrnjhjdbx\nrhbcnbyjxrf\ncombat123654\n" +
            "vyjujnjxbt\nquicksilver\ndepechemode\nqweasdzxc1\n123456789x\nqwerty123456789\nzaratustra\n" +
            "devilmaycry4\nmatematika\ndevildriver\nefbcapa201\niseedeadpeople\n89231243658s\nhelloworld\n" +
            "123456789qqq\njamesbond007\nrkfdbfnehf\niddqdidkfa\nledzeppelin\npassmaster\n123123123a\na987654321\n" +
            "4815162342lost\n999111999q\nwhitepower\nsuperduper\n123123qweqwe\nrfnfcnhjaf\n123456789t\n123456789b\n" +
            "qq123456789\nqwertyytrewq\n1112131415\n3141592654\n1234567890qw\n1pass1page\nasdfghjkl1\n12345678912\n" +
            "1234qwerasdf\n123qwe456rty\ngoodfellas\n3syqo15hil\nasdfghjkl123\ncomputador\nelizabeth1\nm6cjy69u35\n" +
            "ghjcnjrdfibyj\nybrjkftdbx\nkamehameha\n989244342a\nzx123456789\nhellothere\n1357997531\n1122112211\n" +
            "qwertyuiop123\nsaun24865709\ndeerhunter\n123456789f\nclubpenguin\nprimetime21\nq1w2e3r4t5y6u7\n" +
            "birthday54\n111222333a\nstalingrad\ndesperados\napokalipsis\nfenerbahce\nrfnfgekmnf\nqwertyuiop1\n" +
            "80070633pc\njetbalance\n1qa2ws3ed4rf\njuggernaut\n123456789qw\npuertorico\n123456789zxc\npassword13\n" +
            "amsterdam1\nrfkmrekznjh\nluojianhua\nsamsung123\npolniypizdec110211\nazwebitalia\nnewpassword\n" +
            "z123456789\nwishmaster\ndbrnjhjdyf\nptybnxtvgbjy\nverygoodbot\nwenef45313\ncheburashka\nunforgiven\n" +
            "iaapptfcor\nfucktheworld\n7777755102q\ngunslinger\ncyjdsvujljv\nvfylfhbyrf\nskorpion39\n123456789qq\n" +
            "12345678987654321\ndeltaforce\nmasterchief\najcuivd289\ns456123789\napplesauce\nmevefalkcakk\n" +
            "playstation3\nfirestarter\nbirthday299\n31217221027711\njustforfun\npornografia\nnecromancer\n" +
            "fkg7h4f3v6\nlkjhgfdsaz\nhshfd4n279\n19mtpgam19\nroflcopter\nsupermanboy\ncannondale\nfootball12\n" +
            "sevastopol\nbeautiful1\n5t4r3e2w1q\ndragonfire\nq1w2e3r4t5y6u7i8\nnaughtyboy\ncyecvevhbr\n" +
            "123456789aa\nsanandreas\nbyajhvfnbrf\nsebastian1\nzqjphsyf6ctifgu\noldsmobile\n4815162342a\n" +
            "ghhh47hj764\n1234567890qwe\nshadow1212\nhedimaptfcor\nqwerty2010\nchessmaster\ngthtcnhjqrf\n" +
            "lhbjkjubz2957704\nsuperpuper\ntamwsn3sja\npassword00\nlightsaber\nkingfisher\ninstallutil\n" +
            "yanshi1982\nnewzealand\nandrewjackie\ntigerwoods\nnetworkingpe\n12qw34er56ty\nqazwsxedc12\n" +
            "password10\n1qazxsw23edcvfr4\nsidewinder\npassword23\ndodgeviper\nghjrehfnehf\nladyffesta\n" +
            "159753456852\n89172735872\nolegnaruto\n1234567890w\n123456782000\nhypnodanny\nghbdtngjrf\nmastercard\n" +
            "loveislife\njesusislord\nmotherfuck\nrjhjkmbien\nfcbarcelona\nchristopher1\nabcde12345\nilovegirls\n" +
            "angelochek\ningodwetrust\ninstalldevic\ndigitalprodu\nreanimator\n1234554321q\n12345678qwe\n" +
            "whatthehell\nstreetball\n88002000600\nalphaomega\nlsia9dnb9y\nfroinlaven\nsuckmycock\nminecraft123\n" +
            "berezuckiy\ndeeppurple\ncegthgfhjkm\n1236547890\nwinnipeg261\nboy4u2ownnyc\nkbnthfnehf\n89211375759\n" +
            "a1234567890\nc43qpul5rz\nrunescape1\n123456789i\nqwert54321\npeanutbutter\n12345abcde\nanastasija\n" +
            "an83546921an13\n123456789as\nvfhufhbnrf\n1234567890zzz\njigei743ks\nr3vi3wpass\nghjcnjrdfif\n" +
            "42qwerty42\nmangust6403\nchristian1\n987654321z\nrammstein1\nnintendo64\nolcrackmaster\nrfhfrfnbwf\n" +
            "ontherocks\nflintstone\nlfplhfgthvf\ncegthgegth\nabc123456789\n1958proman\ndkflbdjcnjr\nauckland2010\n" +
            "w2dlww3v5p\nmarkhegarty\nresidentevil\njackdaniels\nneworleans\nekaterina20\nquiksilver\nbutterfly1\n" +
            "mandragora\nqawsedrftgyh\n123321qweewq\n0987654321a\n1029384756q\nomgkremidia\nvladislava\n" +
            "32615948worms\nujkjdjkjvrf\ntombraider\n742617000027\ncoorslight\ngblfhfcbyf\njustinbiebe\n" +
            "stalker123\nminhasenha\n26429vadim\nnemvxyheqdd5oqxyxyzi\najnjuhfabz\navrillavigne\ngjytltkmybr\n" +
            "virtuagirl\nmillertime\nfuckyoubitch\nghjcnbvtyz\ncomputadora\nnissan350z\n1qwertyuiop\n123456789e\n" +
            "iloveyou123\ntadmichaels\nilovejesus\nluckycharm\ngordolee85\nmassimiliano\nlamborgini\n0147258369\n" +
            "lololyo123\n012345678910\nlp2568cskt\ngjikbdctyf\n41d8cd98f00b\n5432112345\n000777fffa\n" +
            "nhfdvfnjkju123\n19952009sa\ntimberwolf\nilluminati\nstudioworks\n38gjgeuftd\nsasha12345\nkobebryant\n" +
            "12345asdfg\nsilenthill\nshamanking\nvfhvtkflrf\nstomatolog\ngjkysqgbpltw\ntemppassword\nticketmaster\n" +
            "123456789.\nsnusmumrik\nserendipity\n123456789c\ncfkfvfylhf\nk123456789\nfighting54\nastonmartin\n" +
            "01telemike01\n123456qwer\n1133557799\nghjcnjnfr1\np030710p$e4o\n0o9i8u7y6t\nbirthday10\ngrandorgue\n" +
            "godisgreat\nlucifer666\n80637852730\n7418529630\nloveforever\nstratocaster\n123456789zx\nilovemusic\n" +
            "left4dead2\nnikita2000\nklapaucius\ntelecaster\npunksnotdead\naustralia1\n1986irachka\nplaystation2\n" +
            "dctvghbdtn\nsweetpussy\nmultiplelog\nufhhbgjnnth\nmurcielago\n7elephants\nsimpleplan\nfynfyfyfhbde\n" +
            "bluedevils\nchrisbrown\nnokia6230i\ngfhfcjkmrf\nalabama123\npassword21\nscoubidou2\njlbyjxtcndj\n" +
            "ghjcnjqgfhjkm\nnightcrawler\n0000000000d\nlivestrong\n5544332211\ninstallsqlst\n123456789101\n" +
            "0147852369\nnccpl25282\na3eilm2s2y\nmapleleafs\nyfcnzyfcnz\nspam967888\n123456789y\nmatematica\n" +
            "7jokx7b9du\nnastya1995\nqazwsx1234\n80988218126\nfktrcfylh1\n4294967296\n3f3fpht7op\ngalatasara\n" +
            "liverpoolfc\nceltic1888\nmagical123\n1472583690\n1597532486\nrespublika\ncytuehjxrf\n1234567890m\n" +
            "paintball1\ns123456789\npolopolo09\nfallenangel\nselfok2013\nlittlebitch\npussybitch\nkurtcobain\n" +
            "studmuffin\nweihnachte\ntimberland\nmillerlite\nfrederiksberg\n1234567890qaz\nbrucewayne\nblackmetal\n" +
            "11111aaaaa\ndfktynbyrf\nriverplate\nintelinside\n1a2s3d4f5g6h\nsundaypunch\nbirthday100\nsweetdream\n" +
            "qwe1234567\n123456qwert\nilovemylife\nscoubidou6\nsexpistols\nprisonbreak\nfuckyouguys\nkd189nlcih\n" +
            "jimandanne\nxpressmusic\nvfvfgfgf123\npremiumcash\nchicken123\ngthtrhtcnjr\nfirstone123\n123qweasdzx\n" +
            "baseball12\nsuperman123\n87e5nclizry\nwalkman555\nhardwareid\nbluedragon\niddqdiddqd\nlotrfotr34\n" +
            "nikita1998\nneverwinter\nsanfrancisco\nqwerttrewq\ngxlmxbewym\n89876065093rax\nrjycnbnewbz\n" +
            "blackheart\nqazwsx12345\nzjses9evpa\nghjcnjgbpltw\nsvetasveta\nrfgecnfcerf\n1234567qwertyu\n" +
            "0cdh0v99ue\nc43dae874d\nwrestling1\n1234qwerasdfzxcv\nlytghjgtnhjdcr\nschoolgirlie\nwonderwall\n" +
            "111222333000\nybrjkftdyf\nintermilan\nzaqwsxcderfv\nblackwhite\niloveboobies\n9638527410\njesussaves\n" +
            "cockgobbler\nalexandra1\nawdrgyjilp\nghjrjgtyrj\nlinkinpark\nsupermario\nseemnemaailm\nhammertime\n" +
            "jxfhjdfirf\nnhecsyfujkjdt\nweihnachten\nqwaszxerdfcv\nshithappens\nbasketball1\naccountbloc\n" +
            "antananarivu\ncgtwbfkbcn\nspartak1922\nvfrcbvvfrcbv\nbutterbean\ntable54781\nlittlebear\nreviewpass\n" +
            "greenlantern\np0o9i8u7y6\nqwertzuiop\nsomething1\nq1w2e3r4t5y6u7i8o9p0\nmonkeybutt\npasswordstandard\n" +
            "corperfmonsy\n413276191q\nmashamasha\nchristiaan\nmaprchem56458\nmandarinka\nthebeatles\nsaqartvelo\n" +
            "formatters\nfktrcfylhjd\neybdthcbntn\nwarhammer40k\nlovezp1314\n1234567890qwerty\ndonaldduck\n" +
            "morganstanley\nfyfnjkmtdyf\nrockbottom\n1234567890987654321\ncjdthitycndj\n1qazwsxedc\nnevergiveup\n" +
            "bltynbabrfwbz\nlittlegirl\nloploprock\nlittlewhore\ncuntfinger\nstinkyfinger\n4815162342q\n" +
            "nokiadermo\nzcxfcnkbdfz\ncomicbooks\nnuaddn9561\nmatchbox20\nqwertyuiop10\nphezc419hv\nghjcnjabkz\n" +
            "spiderman3\ntupacshakur\nhesoyam123\nnastya2010\nqazxswedc123\ntdfyutkbjy\nhollywood1\nwallstreet\n" +
            "dogphil3650\niampurehaha2\nkravchenko\nzxcvbn123456\nqueenas8151\ngtnhjpfdjlcr\ndonkeykong\n" +
            "ilikepussy\n123321456654\ndrumandbass\nqwertgfdsa\n147258369a\nhondas2000\nthroatfuck\nanimal2000\n" +
            "manchester1\nnatasha123\nlzhan16889\nheavymetal\nbaseball11\njesuschris\nfelicidade\n9z5ve9rrcz\n" +
            "2468013579\nvaffanculo\n123456789j\nfuckthemall\n789456123a\nnikolaevna\ncontrasena\ngfhfvgfvgfv\n" +
            "kwiatuszek\n0123654789\n59382113kevinp\nluansantana\n9988776655\nwriterspace\nxiaoyua123\n" +
            "bpgjldsgjldthnf\ngamemaster\nkanmax1994\n123654789a\nportishead\nblackhorse\nservice321\n1234567890p\n" +
            "rfnthbyf1988\n1qa2ws3ed4rf5tg\nqwertyuiop12345\n1234567890o\nnhfycajhvths\nnastya1996\nhollister1\n" +
            "msorcloledbr\nstickdaddy77\nvfhbyfvfhbyf\nfuckmylife\npandemonium\nasdfgh123456\nthugstools\n" +
            "andrey1992\n89032073168\njuancarlos\npassword22\nlittleminge\nlittlefuck\nqwertyu123\n123456789asd\n" +
            "mattylad10\ngerasimova\n10293847qp\nminicooper\nboredboi4u\npeugeot406\n9085603566\nspecialinsta\n" +
            "michael123\nmichaeljackson\nbirthday26\naa123456789\nwebuivalidat\nrockhopper\n1234567887654321\n" +
            "8096468644q\n1234567892000\nawo8rx3wa8t\nilovemyfamily\nweihnachtsbau\nghjuhfvbcn\nasshole123\n" +
            "014702580369\nafrika2002\nqaz123wsx456\nfalloutboy\nrhfvfnjhcr\nrhfcyjzhcr\n123456789qwer\n" +
            "kamelia2011\nhijodeputa\n132forever\n111222333444555\n9085084232\n123456789000\nsystemofadown\n" +
            "vladimirovna\nv123456789\nmusiclover\nkudos4ever\nescaflowne\nlkjhgfdsazx\n122333444455555\n" +
            "cnfnbcnbrf\niloveyou12\nwcrfxtvgbjy\n123456789zz\namadeusptfcor\nzxcvbnm123456789\nwebsolutionssu\n" +
            "1346798520\n1234562000\n1234554321a\nsteamforums\nrfcgthcrbq\njedimaster\nmortalkombat\nkl?benhavn\n" +
            "am4h39d8nh\nsuperman12\n2dumb2live\ngoodmorning\niloveyou11\nsataniv1993\ncalifornia1\nfromvermine\n" +
            "pineapple1\nparaklast1974\n1234567890d\nminnesota_hp\nbreakdance\nnondriversig\nsimferopol\n" +
            "123qwerty123\na1s2d3f4g5h6\nfootball123\nfufnfrhbcnb\n671fsa75yt\nmilfhunter\nma123123123\n" +
            "pfhfnecnhf\nrangerover\nnhfrnjhbcn\n987654321g\nzxcvbasdfg\nalexsander\nz1x2c3v4b5n6m7\nghjgfufylf\n" +
            "fyfnjkmtdbx\nstatistika\n1212312121\ndomodedovo\n1928374655\nwethepeople\nm123456789\nawesome123\n" +
            "birthday28\nitsasecret\nghjnbdjcnjzybt\nthecakeisalie\nvbhjndjhtw\ndaddysgirl\njasmine123\n" +
            "nightshade\nalternativa\ncghfdjxybr\ndctvcjcfnm\nfktrcfylhjdf\nneed4speed\nublhjgjybrf\nblackdragon\n" +
            "orochimaru\nqwertyuiop12\nfrozenfish\nghjuhfvvbcn\nontheoutside\n12345672000\nonetwothree\n" +
            "bujhmbujhm\nmaxmotives\nkalifornia\nzcfvfzkexifz\nsonnenschein\nwazzkaprivet\ngjdtkbntkm\narsenal123\n" +
            "xxxp455w0rd5\nqwertasdfgzxcvb\nbirthday27\nweihnachtsbaum\nfktrcfylth\n99strenght\njessejames\n" +
            "wonderwoman";

    private CommonPasswords() {
    }
}
