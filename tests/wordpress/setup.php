<?php
/**
 * Sets up the WordPress tier's site (tests/e2e/wordpress.test.mjs runs it with php-cli,
 * once the site's copy, its wp-config.php and its MariaDB are in place):
 *
 *   php setup.php SITE_DIR MARIADB_SOCKET PLUGIN_ZIP
 *
 * Creates the database, installs WordPress, installs the plugin from its zip as
 * Plugins → Add New → Upload does (unzip_file) and activates it, turns on pretty
 * permalinks (the REST API at /wp-json/), and makes one user per role with an
 * application password. Prints JSON: { version, users: { role: { id, login, password,
 * app } } }.
 *
 * @package east-asia-explainers
 */

list( , $site, $socket, $zip ) = $argv;

$db = new mysqli( 'localhost', 'root', '', '', 0, $socket );
$db->query( 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4' );
$db->close();

define( 'WP_INSTALLING', true );
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

/**
 * Stops with a message on stderr.
 *
 * @param string $message What failed.
 */
function fail( $message ) {
	fwrite( STDERR, "setup.php: $message\n" );
	exit( 1 );
}

// No mail (there is no sendmail): the install would mail the administrator.
add_filter( 'pre_wp_mail', '__return_true' );

$users = array( 'administrator' => array( 'login' => 'admin' ) );
$users['administrator']['password'] = 'administrator-password';
$installed = wp_install( 'Explainers on WordPress', 'admin', 'admin@example.org', false, '', wp_slash( $users['administrator']['password'] ) );
$users['administrator']['id'] = (int) $installed['user_id'];

// The plugin, from its zip, as the upload form installs it.
if ( true !== WP_Filesystem() ) {
	fail( 'WP_Filesystem() failed (FS_METHOD direct expected)' );
}
$unzipped = unzip_file( $zip, WP_PLUGIN_DIR );
if ( is_wp_error( $unzipped ) ) {
	fail( 'unzip_file: ' . $unzipped->get_error_message() );
}
$activated = activate_plugin( 'east-asia-explainers/east-asia-explainers.php' );
if ( is_wp_error( $activated ) ) {
	fail( 'activate_plugin: ' . $activated->get_error_message() );
}

// Pretty permalinks: the block editor's REST route, /wp-json/wp/v2/posts.
global $wp_rewrite;
$wp_rewrite->set_permalink_structure( '/%postname%/' );
$wp_rewrite->flush_rules( false );

foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
	$users[ $role ] = array(
		'login'    => $role,
		'password' => "$role-password",
	);
	$id = wp_insert_user(
		array(
			'user_login' => $role,
			'user_pass'  => $users[ $role ]['password'],
			'user_email' => "$role@example.org",
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fail( "wp_insert_user $role: " . $id->get_error_message() );
	}
	$users[ $role ]['id'] = $id;
}
foreach ( $users as $role => $user ) {
	$created = WP_Application_Passwords::create_new_application_password( $user['id'], array( 'name' => 'tests' ) );
	if ( is_wp_error( $created ) ) {
		fail( "application password for $role: " . $created->get_error_message() );
	}
	$users[ $role ]['app'] = $created[0];
}

echo wp_json_encode(
	array(
		'version' => get_bloginfo( 'version' ),
		'users'   => $users,
	)
);
